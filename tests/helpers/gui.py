"""The station window over a test station's real services, for the GUI tests."""

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from qc_station.adapters.camera import CameraSpec
from qc_station.adapters.decoding.auto import make_decoder
from qc_station.adapters.gs1_interpreter import interpret
from qc_station.adapters.pin_hasher import Argon2PinHasher
from qc_station.app import build_lab_ports
from qc_station.domain.catalogue import Sku
from qc_station.domain.users import Role, User
from qc_station.services.auth_service import SUPERVISING_ROLES, AuthService
from qc_station.services.catalogue_service import CatalogueService
from qc_station.services.label_service import LabelService
from qc_station.services.lot_insight import LotInsights
from qc_station.services.ports import LabelReader
from qc_station.services.scan_service import REGISTERING_ROLES, ScanService
from qc_station.settings import StationSettings
from qc_station.ui.dialogs.register_sku_dialog import RegistrationRequest
from qc_station.ui.label_flow import LabelPorts
from qc_station.ui.launch import GuiParts, StationPorts, prepare_application
from qc_station.ui.sampling_settings_flow import PlanPorts
from tests.helpers.station import StationKit


def add_user(kit: StationKit, username: str, name: str, role: Role, pin: str) -> User:
    """A user with a real (fast) Argon2 hash of ``pin``."""
    user = User(str(uuid.uuid4()), username, name, role)
    with kit.store.uow() as uow:
        uow.users.add(user, Argon2PinHasher.fast().hash(pin))
        uow.commit()
    return user


def station_window(
    kit: StationKit,
    language: str = "en",
    camera: CameraSpec | None = None,
    opened: list[Path] | None = None,
    printer: str = "",
    label_reader: LabelReader | None = None,
    label_capture: Callable[[], QImage] | None = None,
) -> GuiParts:
    """The whole window wired like ``app.make_gui`` does (a camera stand-in if given)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    scans = ScanService(kit.store.uow, kit.clock, interpret)
    auth = AuthService(kit.store.uow, Argon2PinHasher.fast(), kit.clock)

    def register(request: RegistrationRequest) -> Sku:
        approver = auth.verify_role(request.username, request.pin, REGISTERING_ROLES, "test")
        return scans.register_sku(approver, request.registration)

    ports = StationPorts(
        history=kit.service.history,
        pending_count=lambda: 0,
        now=kit.clock.now,
        tz=None,
        resolve_scan=lambda event, stage: scans.resolve(event, stage, kit.inspector.id),
        catalogue_lists=CatalogueService(kit.store.uow, kit.clock).lists,
        register_sku=register,
        station_code="HZ01-QC03",
        store_label="station.sqlite",
        sign_in=auth.verify,
        start_inspection=kit.service.start,
        submit_inspection=kit.service.submit,
        today=kit.clock.today,
        store_photo=kit.service.store_photo,
        view_inspection=kit.service.view,
        amend_inspection=lambda iid, actor, why: kit.service.amendment_with_context(
            iid, None, actor, why
        ),
        void_inspection=lambda iid, actor, why: kit.service.cancel(
            iid, str(uuid.uuid4()), actor, why
        ),
        read_photo=kit.photos.read,
        camera=camera,
        decode=make_decoder("zxing", profile="live").decode if camera else None,
        sound=False,
        lot_insight=LotInsights(kit.store.uow, kit.clock),
        plans=PlanPorts(
            load=kit.sampling.category_plans,
            verify_supervisor=lambda username, pin, purpose: auth.verify_role(
                username, pin, SUPERVISING_ROLES, purpose
            ),
            save=kit.sampling.set_category_plans,
        ),
        set_lot_size=lambda lot_id, units: kit.sampling.set_lot_size(
            lot_id, units, kit.inspector.id
        ),
        label=None
        if label_reader is None
        else _label_ports(LabelService(label_reader, kit.service.store_photo), label_capture),
        lab=build_lab_ports(
            kit.labs,
            kit.sampling.resume,
            auth,
            kit.store.uow,
            kit.clock,
            kit.store.path.parent / "exports",
            lambda: StationSettings(printer=printer),
            (opened if opened is not None else []).append,
        ),
    )
    return GuiParts(app, ports, prepare_application(app, language))


def _label_ports(labels: LabelService, capture: Callable[[], QImage] | None) -> LabelPorts:
    return LabelPorts(read=labels.read, read_inkjet=labels.read_inkjet, capture=capture)
