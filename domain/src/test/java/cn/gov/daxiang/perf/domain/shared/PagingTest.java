package cn.gov.daxiang.perf.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void pageSizeAbove100IsRefusedWithTheLimit() {
        assertThatThrownBy(() -> new Paging(1, 1000))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("PAGE_SIZE_OUT_OF_RANGE");
                    assertThat(e.field()).contains("size");
                    assertThat(e.arguments()).containsEntry("max", 100);
                });
    }

    @Test
    void pagesCountFromOne() {
        assertThatThrownBy(() -> new Paging(0, 10)).isInstanceOf(InvalidValueException.class);
        assertThat(new Paging(3, 20).offset()).isEqualTo(40);
    }

    @Test
    void theOffsetOfTheLastPageNumberDoesNotOverflow() {
        assertThat(new Paging(Integer.MAX_VALUE, Paging.MAX_SIZE).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100).isPositive();
    }

    @Test
    void totalPagesRoundUp() {
        Page<String> page = new Page<>(List.of("a"), 1, 20, 41);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(new Page<>(List.of(), 1, 20, 0).totalPages()).isZero();
    }
}
