"""The catalogue: merchants, product categories and SKUs."""

from dataclasses import dataclass
from enum import StrEnum

from qc_station.domain.errors import DomainError
from qc_station.domain.gtin import normalize_gtin


class RiskLevel(StrEnum):
    """How closely goods are watched; high-risk goods are sampled for the lab."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class StorageCondition(StrEnum):
    """How the goods must be stored (printed on the label as 贮存条件)."""

    AMBIENT = "ambient"  # 常温
    COOL_DRY = "cool_dry"  # 阴凉干燥
    CHILLED = "chilled"  # 冷藏 0-4 °C
    FROZEN = "frozen"  # 冷冻 -18 °C


class LabelRequirement(StrEnum):
    """Marks a category's labels must carry beyond the basics."""

    GB7718_FOOD = "gb7718_food"  # prepackaged food elements (GB 7718)
    COSMETICS = "cosmetics"  # cosmetic label elements (full ingredients, filing number)
    CCC_MARK = "ccc_mark"  # China Compulsory Certification on electrical goods
    FIBRE_CONTENT = "fibre_content"  # fibre composition on textiles (GB/T 29862)
    TOY_WARNING = "toy_warning"  # age grading and warnings on toys (GB 6675)


@dataclass(frozen=True, slots=True)
class Merchant:
    """A seller whose goods are stored and inspected in the warehouse."""

    id: str
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class ProductCategory:
    """A product category with the rules that follow from it."""

    code: str
    name_zh: str
    name_en: str
    base_risk: RiskLevel
    has_shelf_life: bool
    label_requirements: frozenset[LabelRequirement] = frozenset()


@dataclass(frozen=True, slots=True)
class Sku:
    """A product as listed by a merchant, keyed by its GTIN-14."""

    id: str
    gtin: str
    name: str
    merchant_id: str
    category_code: str
    shelf_life_days: int | None
    storage: StorageCondition
    risk: RiskLevel
    is_imported: bool = False
    reference_photo: str | None = None  # SHA-256 of the approved product photo
    spec: str = ""  # specification / net content as listed, e.g. "250ml*12"

    def __post_init__(self) -> None:
        if normalize_gtin(self.gtin) != self.gtin:
            raise DomainError("sku.gtin_not_14", self.gtin)
        if not self.name.strip():
            raise DomainError("sku.name_empty")
        if self.shelf_life_days is not None and self.shelf_life_days <= 0:
            raise DomainError("sku.shelf_life_not_positive", str(self.shelf_life_days))
