import type { Colour, ParticipantListItemFragment } from "@overblik/graphql-client";
import { useEffect, useState, type DragEvent } from "react";
import { Alert } from "../../../ui/alert";
import { formatInteger } from "../../../ui/format";
import { Link } from "../../../ui/navigation";
import { ageGroupLabel, COLOUR_GROUPS, colourGroup, colourLabel, type ColourGroup } from "../participant-labels";
import { participantPaths } from "../participant-paths";
import { ChangeColourDialog } from "./change-colour-dialog";
import { useDateLink } from "../../../ui/date-param";

const DRAG_TYPE = "application/x-overblik-participant";

function cardId(participantId: string): string {
  return `board-card-${participantId}`;
}

/**
 * A column per colour group, a card per citizen. The tovholder moves a card with its "Flyt" button
 * (keyboard and screen reader) or by dragging it onto another column; both open the same dialog,
 * which asks for the reason. Moving back to "Ikke screenet" is not possible: the API only sets a colour.
 */
export function ColourBoard({
  projectId,
  participants,
  canMove,
}: {
  projectId: string;
  participants: readonly ParticipantListItemFragment[];
  canMove: boolean;
}) {
  // A citizen opened from here shows the same date (?dato=) as this page.
  const dated = useDateLink();
  const [moving, setMoving] = useState<{
    id: string;
    to: Colour | null;
  } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [moved, setMoved] = useState<{ id: string } | null>(null);
  const [dropTarget, setDropTarget] = useState<ColourGroup | null>(null);
  const movingParticipant = moving ? participants.find((p) => p.id === moving.id) : undefined;

  // After a move the card sits in another column: focus follows it (after the dialog has closed).
  useEffect(() => {
    if (moved) document.getElementById(cardId(moved.id))?.focus();
  }, [moved]);

  const columns = COLOUR_GROUPS.map((group) => ({
    group,
    cards: participants.filter((p) => colourGroup(p.colour) === group),
  }));

  function dragStart(event: DragEvent<HTMLElement>, participant: ParticipantListItemFragment) {
    event.dataTransfer.setData(DRAG_TYPE, participant.id);
    event.dataTransfer.effectAllowed = "move";
  }

  function dragOver(event: DragEvent<HTMLElement>, group: ColourGroup) {
    if (group === "NONE" || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    setDropTarget(group);
  }

  function drop(event: DragEvent<HTMLElement>, group: ColourGroup) {
    setDropTarget(null);
    if (group === "NONE") return;
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const participant = participants.find((p) => p.id === id);
    event.preventDefault();
    if (participant && participant.colour !== group) {
      setMessage(null);
      setMoving({ id, to: group });
    }
  }

  return (
    <>
      <div aria-live="polite">
        {message ? (
          <Alert variant="success">
            <p className="m-0">{message}</p>
          </Alert>
        ) : null}
      </div>
      <div className="colour-board">
        {columns.map(({ group, cards }) => {
          const headingId = `board-column-${group}`;
          const label = colourLabel(group === "NONE" ? null : group);
          return (
            <section
              key={group}
              className={`board-column colour--${group.toLowerCase()}${dropTarget === group ? " board-column--drop" : ""}`}
              aria-labelledby={headingId}
              onDragOver={canMove ? (e) => dragOver(e, group) : undefined}
              onDragLeave={canMove ? () => setDropTarget((t) => (t === group ? null : t)) : undefined}
              onDrop={canMove ? (e) => drop(e, group) : undefined}
            >
              <h3 className="board-column-heading" id={headingId}>
                <span className="colour-swatch" aria-hidden="true" />
                {label}
                <span className="board-column-count">
                  {formatInteger(cards.length)}
                  <span className="sr-only"> {cards.length === 1 ? "borger" : "borgere"}</span>
                </span>
              </h3>
              {cards.length === 0 ? (
                <p className="board-empty">Ingen borgere.</p>
              ) : (
                <ul className="board-cards">
                  {cards.map((p) => (
                    <li key={p.id}>
                      <article
                        id={cardId(p.id)}
                        tabIndex={-1}
                        className={`board-card${moved?.id === p.id ? " board-card--moved" : ""}`}
                        aria-label={`${p.code}, ${label}`}
                        draggable={canMove}
                        onDragStart={canMove ? (e) => dragStart(e, p) : undefined}
                        onDragEnd={() => setDropTarget(null)}
                      >
                        <Link to={dated(participantPaths.participant(projectId, p.id))} className="board-card-code">
                          {p.code}
                        </Link>
                        <span className="board-card-meta">
                          {p.municipality} · {ageGroupLabel(p.ageGroup)}
                        </span>
                        {canMove ? (
                          <div className="board-card-move">
                            <button
                              type="button"
                              className="button button-secondary"
                              onClick={() => {
                                setMessage(null);
                                setMoving({ id: p.id, to: null });
                              }}
                            >
                              Flyt
                              <span className="sr-only"> {p.code} til en anden farve</span>
                            </button>
                          </div>
                        ) : null}
                      </article>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {moving && movingParticipant ? (
        <ChangeColourDialog
          participant={movingParticipant}
          initialColour={moving.to}
          onClose={() => setMoving(null)}
          onMoved={(text, id) => {
            setMoving(null);
            setMessage(text);
            setMoved({ id });
          }}
        />
      ) : null}
    </>
  );
}
