"""The services one opened office database offers the UI, built in one place."""

from dataclasses import dataclass

from db.database import OfficeDatabase
from desktop.services.assistance import AssistanceService
from desktop.services.cases import CaseService
from desktop.services.cases.worklist import WorklistService
from desktop.services.dashboard import DashboardService
from desktop.services.evidence import EvidenceService
from desktop.services.exchange.province import IdConflictService
from desktop.services.households.form import HouseholdFormService
from desktop.services.households.listing import HouseholdListService
from desktop.services.indicator_sets import IndicatorSetService
from desktop.services.office.code_lists import CodeListService
from desktop.services.office.setup import OfficeService
from desktop.services.printing import HouseholdSheetService
from desktop.services.printing.visit_list import VisitListService
from desktop.services.projects import AgencyService, ProjectService
from desktop.services.quality import QualityService
from desktop.services.safety import AuditService, PeriodLockService, UserService


@dataclass(frozen=True)
class AppServices:
    database: OfficeDatabase
    office: OfficeService
    household_list: HouseholdListService
    household_form: HouseholdFormService
    household_sheet: HouseholdSheetService
    indicator_sets: IndicatorSetService
    projects: ProjectService
    agencies: AgencyService
    assistance: AssistanceService
    cases: CaseService
    worklist: WorklistService
    visit_lists: VisitListService
    evidence: EvidenceService
    code_lists: CodeListService
    dashboard: DashboardService
    users: UserService
    id_conflicts: IdConflictService
    period_locks: PeriodLockService
    audit: AuditService
    quality: QualityService


def build_services(database: OfficeDatabase) -> AppServices:
    factory = database.session_factory
    wait = database.integrity.wait
    return AppServices(
        database=database,
        office=OfficeService(factory),
        household_list=HouseholdListService(factory),
        household_form=HouseholdFormService(factory, before_write=wait),
        household_sheet=HouseholdSheetService(factory),
        indicator_sets=IndicatorSetService(factory, before_write=wait),
        projects=ProjectService(factory, before_write=wait),
        agencies=AgencyService(factory, before_write=wait),
        assistance=AssistanceService(factory, before_write=wait),
        cases=CaseService(factory, before_write=wait),
        worklist=WorklistService(factory),
        visit_lists=VisitListService(factory),
        evidence=EvidenceService(factory, before_write=wait),
        code_lists=CodeListService(factory, before_write=wait),
        dashboard=DashboardService(factory),
        users=UserService(factory, before_write=wait),
        id_conflicts=IdConflictService(factory, before_write=wait),
        period_locks=PeriodLockService(factory, before_write=wait),
        audit=AuditService(factory),
        quality=QualityService(factory, before_write=wait),
    )
