/**
 * The draft budget grid's keyboard and clipboard, without React: where focus goes as in a spreadsheet, when the
 * arrows leave a cell, and Excel's clipboard text as rows of cells (budget-draft-grid.ts's applyPaste fills them in).
 */

export interface CellPosition {
  row: number;
  col: number;
}

export type GridKey = "Tab" | "ShiftTab" | "Enter" | "ShiftEnter" | "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

/**
 * Where focus goes, as in a spreadsheet: Tab/Shift+Tab along the row and on to the next/previous row, Enter
 * down (Shift+Enter up), arrows one cell. Null: nowhere in the grid (Tab past the last cell leaves it).
 */
export function nextCell(at: CellPosition, key: GridKey, rows: number, cols: number): CellPosition | null {
  const inside = (p: CellPosition) => (p.row >= 0 && p.row < rows && p.col >= 0 && p.col < cols ? p : null);
  switch (key) {
    case "Tab":
      return at.col + 1 < cols ? { row: at.row, col: at.col + 1 } : inside({ row: at.row + 1, col: 0 });
    case "ShiftTab":
      return at.col > 0 ? { row: at.row, col: at.col - 1 } : inside({ row: at.row - 1, col: cols - 1 });
    case "Enter":
    case "ArrowDown":
      return inside({ row: at.row + 1, col: at.col });
    case "ShiftEnter":
    case "ArrowUp":
      return inside({ row: at.row - 1, col: at.col });
    case "ArrowLeft":
      return inside({ row: at.row, col: at.col - 1 });
    case "ArrowRight":
      return inside({ row: at.row, col: at.col + 1 });
  }
}

/** Left/right arrows leave the cell only when the caret is at the text's edge (otherwise they move the caret). */
export function caretAtEdge(input: { selectionStart: number | null; selectionEnd: number | null; value: string }, key: "ArrowLeft" | "ArrowRight"): boolean {
  if (input.selectionStart === null || input.selectionEnd === null) return true;
  if (input.selectionStart !== input.selectionEnd) return false;
  return key === "ArrowLeft" ? input.selectionStart === 0 : input.selectionEnd === input.value.length;
}

/**
 * Excel's clipboard text as rows of cells (tab between cells, newline between rows, a final newline). Null
 * for a single value: that is an ordinary paste into the cell.
 */
export function splitClipboard(text: string): string[][] | null {
  const rows = text
    .replace(/\r\n?/g, "\n")
    .replace(/\n$/, "")
    .split("\n")
    .map((r) => r.split("\t"));
  if (rows.length === 1 && rows[0]!.length === 1) return null;
  return rows;
}
