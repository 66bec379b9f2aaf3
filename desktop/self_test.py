"""`python -m desktop self-test`: prove this installation works end to end, offscreen.

Creates a temporary database, migrates it, seeds demo data, builds the main window and
paints it. Exit status 0 only if every step worked. Later features add their steps here.
"""

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

SELF_TEST_HOUSEHOLDS = 50


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="district-desk-self-test-") as folder:
        steps = _steps(Path(folder))
        for name, step in steps:
            try:
                detail = step()
            except Exception:
                print(f"FAIL {name}", file=sys.stderr)
                traceback.print_exc()
                return 1
            print(f"ok   {name}: {detail}")
    print("self-test passed")
    return 0


def _steps(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    state: dict[str, object] = {}

    def migrate() -> str:
        from db.database import open_database
        from db.schema_version import head_revision

        database = open_database(folder / "self-test.sqlite3")
        state["database"] = database
        return f"schema {head_revision()} at {database.path}"

    def seed() -> str:
        from desktop.services.demo import generate_demo

        database = state["database"]
        with database.session_factory.begin() as session:  # type: ignore[attr-defined]
            summary = generate_demo(session, SELF_TEST_HOUSEHOLDS)
        return f"{summary.households} households, {summary.members} members"

    def main_window() -> str:
        from PySide6.QtWidgets import QApplication

        from desktop.app import configure_application
        from desktop.services.office import build_services
        from desktop.ui.language import THAI, LanguageSwitch
        from desktop.ui.main_window import MainWindow
        from desktop.ui.prompter import Prompter

        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)  # type: ignore[arg-type]
        LanguageSwitch(app).apply(THAI)
        services = build_services(state["database"])  # type: ignore[arg-type]
        window = MainWindow(services, THAI, Prompter())
        window.show()
        app.processEvents()
        picture = window.grab()
        counts = services.office.counts()
        state["window"] = window
        if picture.isNull() or counts.households != SELF_TEST_HOUSEHOLDS:
            raise RuntimeError("the main window did not paint or shows wrong counts")
        return f"painted {picture.width()}x{picture.height()}, {counts.households} households"

    def household_register() -> str:
        from desktop.ui.main_window import MainWindow

        window = state["window"]
        assert isinstance(window, MainWindow)
        page = window.households_page
        window.rail.setCurrentRow(1)
        if page.model.rowCount() != SELF_TEST_HOUSEHOLDS:
            raise RuntimeError(f"the list shows {page.model.rowCount()} households")
        head = page.model.row_at(0)
        if head is None or not head.head_name:
            raise RuntimeError("the first household has no head")
        page.filter_bar.search_edit.setText(head.head_name.split()[0])
        page.filter_bar.flush_search()
        found = page.model.rowCount()
        if not 1 <= found <= SELF_TEST_HOUSEHOLDS or page.model.household_id(0) is None:
            raise RuntimeError("searching by the head's name found nothing")
        form = window.open_household(head.id)
        form.address.house_no_edit.setText(form.address.house_no_edit.text() + "ก")
        form.address.house_no_edit.textEdited.emit(form.address.house_no_edit.text())
        if not form.save():
            raise RuntimeError(f"saving the household failed: {form.status_label.text()}")
        entries = len(window.services.household_form.history(head.id))
        form.close()
        state["household_id"] = head.id
        return f"listed, searched ({found} found), opened and saved; {entries} history entries"

    def projects_and_assistance() -> str:
        import datetime as dt

        from desktop.services.households.listing import HouseholdFilter
        from desktop.services.projects import AssistanceDraft, KeyResultDraft, ProgressDraft
        from desktop.ui.main_window import MainWindow

        window = state["window"]
        assert isinstance(window, MainWindow)
        services = window.services
        before = services.dashboard.build().office.helped.value
        draft = services.projects.new_draft()
        draft.name = "โครงการตรวจสอบการติดตั้ง"
        draft.agency_id = services.agencies.list_agencies()[0].id
        draft.umbrella_code = "food"
        draft.target_count = 3
        draft.budget_satang = 300_000
        report = ProgressDraft(fiscal_year=draft.fiscal_year, quarter=1, value=3)
        draft.key_results = [
            KeyResultDraft(text="ครัวเรือนได้รับปัจจัยการผลิต", unit="ครัวเรือน", target=3,
                           reports=[report])
        ]  # fmt: skip
        project_id = services.projects.save(draft, "self-test")
        unhelped = services.household_list.ids(HouseholdFilter(helped=False))[:3]
        help_given = AssistanceDraft(
            given_on=dt.date.today(), project_id=project_id, kind="goods", value_satang=50_000
        )
        services.assistance.record(unhelped, help_given, "self-test")
        reach = services.projects.reach(project_id)
        if reach.households_reached != 3 or reach.key_results[0].percent != 100:
            raise RuntimeError(f"the project's reach is wrong: {reach}")
        window.rail.setCurrentRow(0)
        window.refresh()
        dashboard = services.dashboard.build()
        helped = dashboard.office.helped.value
        if helped != before + 3:
            raise RuntimeError(f"the dashboard shows {helped} helped, expected {before + 3}")
        window.rail.setCurrentRow(2)
        if project_id not in [row.id for row in window.projects_page.model.rows]:
            raise RuntimeError("the projects list does not show the new project")
        return f"project {project_id} with a key result at 100 %, 3 households helped"

    def exchange_round_trip() -> str:
        from desktop.cli import self_test_export
        from desktop.services.exchange.export import export_workbook
        from desktop.services.exchange.import_ import plan_import

        database = state["database"]
        masked = self_test_export(database, folder)  # type: ignore[arg-type]
        book = export_workbook(database.session_factory, folder / "round-trip.xlsx")  # type: ignore[attr-defined]
        # helper_from_bytes=0: the big-workbook path too, a second process (frozen or not).
        with plan_import(database.session_factory, book.path, helper_from_bytes=0) as plan:  # type: ignore[attr-defined]
            if plan.additions or plan.updates or plan.rejection_count:
                raise RuntimeError(
                    f"re-importing an unchanged export would change data: {len(plan.additions)}"
                    f" added, {len(plan.updates)} changed, {plan.rejection_count} rejected"
                )
            unchanged = plan.unchanged
        return f"export {masked}; re-import: {unchanged} households unchanged"

    def backup_copy() -> str:
        from desktop.services.safety import backup_to
        from desktop.services.safety.backups import inspect_backup

        database = state["database"]
        copy = backup_to(database.path, folder / "backups", label="manual")  # type: ignore[attr-defined]
        info = inspect_backup(copy)
        if info.households != SELF_TEST_HOUSEHOLDS or not info.ok:
            raise RuntimeError(f"the backup holds {info.households} households")
        return f"{copy.name}: {info.households} households, checked"

    def household_sheet() -> str:
        import datetime as dt

        from desktop.services.printing import SheetOptions
        from desktop.ui.main_window import MainWindow
        from desktop.ui.printing.pdf_output import write_pdf

        window = state["window"]
        assert isinstance(window, MainWindow)
        sheets = window.services.household_sheet
        options = SheetOptions(mask_ids=True, printed_on=dt.date.today())
        household_id = state["household_id"]
        assert isinstance(household_id, int)
        out = folder / "sheet.pdf"
        result = write_pdf(
            out, [sheets.household_html(household_id, options)], sheets.page_header_text(options)
        )
        window.close()
        window.services.database.close()
        data = out.read_bytes()
        if not data.startswith(b"%PDF") or b"Sarabun" not in data or result.pages < 1:
            raise RuntimeError("the household sheet PDF is not right")
        return f"{result.pages} page(s), {len(data):,} bytes, Sarabun embedded"

    return [
        ("migrate a new database", migrate),
        ("seed demo data", seed),
        ("build the main window", main_window),
        ("use the household register", household_register),
        ("keep a project and record assistance", projects_and_assistance),
        ("export the workbook and import it back", exchange_round_trip),
        ("back up while open", backup_copy),
        ("print a household sheet to PDF", household_sheet),
    ]
