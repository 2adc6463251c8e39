package cn.gov.daxiang.perf.adapter.persistence.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CampaignPanacheRepository implements PanacheRepositoryBase<CampaignJpaEntity, Long> {
}
