package cn.gov.daxiang.perf.adapter.persistence.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.ProposedRectification;
import cn.gov.daxiang.perf.domain.keyevaluation.ReturnForRework;
import cn.gov.daxiang.perf.domain.keyevaluation.Submission;
import cn.gov.daxiang.perf.domain.keyevaluation.Suggestion;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The lists of a key evaluation kept as JSON (findings, suggestions, submissions, returns); values as text, read whole. */
public final class KeyEvaluationJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record FindingRow(String text, String indicatorCode, String responsibleUnit, String deadline) {
    }

    public record SuggestionRow(String text, String indicatorCode) {
    }

    public record SubmissionRow(int round, String submittedAt, String submittedBy, String score, String grade, String schemeId) {
    }

    public record ReturnRow(int round, String returnedAt, String returnedBy, List<String> reasons) {
    }

    private KeyEvaluationJson() {
    }

    static String findings(List<Finding> findings) {
        return write(findings.stream().map(f -> new FindingRow(f.text(), f.indicatorCode(),
                f.rectification() == null ? null : f.rectification().responsibleUnit().value(),
                f.rectification() == null || f.rectification().deadline() == null ? null : f.rectification().deadline().toString())).toList());
    }

    static List<Finding> findings(String json) {
        return read(json, new TypeReference<List<FindingRow>>() {
        }).stream().map(r -> new Finding(r.text(), r.indicatorCode(), r.responsibleUnit() == null ? null
                : new ProposedRectification(UnitCode.of(r.responsibleUnit()), r.deadline() == null ? null : LocalDate.parse(r.deadline())))).toList();
    }

    static String suggestions(List<Suggestion> suggestions) {
        return write(suggestions.stream().map(s -> new SuggestionRow(s.text(), s.indicatorCode())).toList());
    }

    static List<Suggestion> suggestions(String json) {
        return read(json, new TypeReference<List<SuggestionRow>>() {
        }).stream().map(r -> new Suggestion(r.text(), r.indicatorCode())).toList();
    }

    static String submissions(List<Submission> submissions) {
        return write(submissions.stream().map(s -> new SubmissionRow(s.round(), s.submittedAt().toString(), s.submittedBy().value(),
                s.result().score().toString(), s.result().grade().name(), s.result().schemeId().value())).toList());
    }

    static List<Submission> submissions(String json) {
        return read(json, new TypeReference<List<SubmissionRow>>() {
        }).stream().map(r -> new Submission(r.round(), Instant.parse(r.submittedAt()), ActorId.of(r.submittedBy()),
                new GradedScore(Score.of(r.score()), Grade.valueOf(r.grade()), GradeSchemeId.of(r.schemeId())))).toList();
    }

    static String returns(List<ReturnForRework> returns) {
        return write(returns.stream().map(r -> new ReturnRow(r.round(), r.returnedAt().toString(), r.returnedBy().value(), r.reasons())).toList());
    }

    static List<ReturnForRework> returns(String json) {
        return read(json, new TypeReference<List<ReturnRow>>() {
        }).stream().map(r -> new ReturnForRework(r.round(), Instant.parse(r.returnedAt()), ActorId.of(r.returnedBy()), r.reasons())).toList();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a key evaluation's list", e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a key evaluation's list", e);
        }
    }
}
