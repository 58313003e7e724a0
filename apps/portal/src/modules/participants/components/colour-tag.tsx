import type { Colour } from "@overblik/graphql-client";
import "../participants.css";
import { colourGroup, colourLabel } from "../participant-labels";

/** The colour group as a dkfds badge with its name ("Grøn"): the colour never stands alone. */
export function ColourTag({ colour }: { colour: Colour | null }) {
  return (
    <span className={`badge colour-tag colour--${colourGroup(colour).toLowerCase()}`}>
      <span className="sr-only">Farvegruppe: </span>
      {colourLabel(colour)}
    </span>
  );
}
