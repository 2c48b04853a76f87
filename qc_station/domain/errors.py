"""Domain errors: raised when a value or a transition breaks a rule."""


class DomainError(ValueError):
    """A value or a state change that the rules of the domain do not allow.

    Attributes:
        code: a stable machine-readable code for the problem (used by the UI to word it).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
