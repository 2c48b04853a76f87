"""Text read off a label photo: lines with their place on the photo."""

from dataclasses import dataclass

Point = tuple[float, float]
Quad = tuple[Point, Point, Point, Point]


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text the OCR found.

    ``box`` is the line's quadrilateral in the photo's pixel coordinates, clockwise from the
    text's own top-left corner (for an upside-down label that corner is at the bottom right
    of the photo). ``score`` is the recogniser's confidence, 0 to 1.
    """

    text: str
    box: Quad
    score: float


def reading_order(lines: tuple[TextLine, ...], upside_down: bool = False) -> tuple[TextLine, ...]:
    """``lines`` top to bottom, left to right as the label is read (rows by overlap).

    A line joins the current row when its vertical centre lies within the row's first
    line's height; rows are then read left to right.
    """

    def centre(line: TextLine) -> Point:
        xs = [p[0] for p in line.box]
        ys = [p[1] for p in line.box]
        x, y = sum(xs) / 4, sum(ys) / 4
        return (-x, -y) if upside_down else (x, y)

    def height(line: TextLine) -> float:
        ys = [p[1] for p in line.box]
        return max(ys) - min(ys)

    remaining = sorted(lines, key=lambda line: centre(line)[1])
    rows: list[list[TextLine]] = []
    for line in remaining:
        if rows and abs(centre(line)[1] - centre(rows[-1][0])[1]) < height(rows[-1][0]) / 2:
            rows[-1].append(line)
        else:
            rows.append([line])
    return tuple(line for row in rows for line in sorted(row, key=lambda ln: centre(ln)[0]))


@dataclass(frozen=True, slots=True)
class TextRead:
    """All the text of one photo, in reading order, and how it was read."""

    lines: tuple[TextLine, ...]
    upside_down: bool  # the label was photographed upside down (the lines are read upright)
    engine: str  # the OCR engine and its version

    @property
    def texts(self) -> tuple[str, ...]:
        """The lines' text."""
        return tuple(line.text for line in self.lines)
