"""A supervisor registers a GTIN the catalogue does not hold."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from qc_station.domain.catalogue import Merchant, ProductCategory, StorageCondition
from qc_station.services.scan_service import SkuRegistration


@dataclass(frozen=True, slots=True)
class RegistrationRequest:
    """What the dialog collected: who approves, and the SKU."""

    username: str
    pin: str
    registration: SkuRegistration


class RegisterSkuDialog(QDialog):
    """Name, merchant, category and shelf life of a new SKU, approved with a supervisor's PIN."""

    def __init__(
        self,
        gtin: str,
        merchants: list[Merchant],
        categories: list[ProductCategory],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a new product"))
        self.gtin = gtin
        self.name = QLineEdit(self)
        self.spec = QLineEdit(self)
        self.merchant = QComboBox(self)
        for merchant in merchants:
            self.merchant.addItem(f"{merchant.code} {merchant.name}", merchant.code)
        self.category = QComboBox(self)
        for category in categories:
            self.category.addItem(category.name_zh, category.code)
        self.shelf_life = QSpinBox(self, minimum=0, maximum=3650 * 3)
        self.shelf_life.setSpecialValueText(self.tr("none"))
        self.storage = QComboBox(self)
        for storage, words in self._storage_words().items():
            self.storage.addItem(words, storage.value)
        self.imported = QCheckBox(self.tr("Imported goods"), self)
        self.username = QLineEdit(self)
        self.pin = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self._build()

    def _storage_words(self) -> dict[StorageCondition, str]:
        return {
            StorageCondition.AMBIENT: self.tr("Ambient"),
            StorageCondition.COOL_DRY: self.tr("Cool and dry"),
            StorageCondition.CHILLED: self.tr("Chilled (0–4 °C)"),
            StorageCondition.FROZEN: self.tr("Frozen (−18 °C)"),
        }

    def _build(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("GTIN"), QLabel(self.gtin, self))
        form.addRow(self.tr("Product name"), self.name)
        form.addRow(self.tr("Specification"), self.spec)
        form.addRow(self.tr("Merchant"), self.merchant)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Shelf life (days)"), self.shelf_life)
        form.addRow(self.tr("Storage"), self.storage)
        form.addRow("", self.imported)
        form.addRow(self.tr("Supervisor"), self.username)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def show_problem(self, text: str) -> None:
        """Show why the registration was refused; the dialog stays open."""
        self.problem.setText(text)

    def request(self) -> RegistrationRequest:
        """What was entered."""
        days = self.shelf_life.value()
        registration = SkuRegistration(
            gtin=self.gtin,
            name=self.name.text().strip(),
            merchant_code=str(self.merchant.currentData()),
            category_code=str(self.category.currentData()),
            shelf_life_days=days or None,
            storage=StorageCondition(self.storage.currentData()),
            is_imported=self.imported.isChecked(),
            spec=self.spec.text().strip(),
        )
        return RegistrationRequest(self.username.text().strip(), self.pin.text(), registration)

    def _on_accepted(self) -> None:
        if not self.name.text().strip():
            self.show_problem(self.tr("Enter the product name."))
        elif not self.username.text().strip() or not self.pin.text():
            self.show_problem(self.tr("A supervisor must approve with their PIN."))
        else:
            self.accept()
