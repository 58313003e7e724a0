import { COLOUR_GROUPS, colourLabel, colourMeaning } from "../participant-labels";

/** What each colour group means (the screening's rules from the project document). */
export function ColourHelp() {
  return (
    <section className="colour-help" aria-labelledby="colour-help-heading">
      <h3 id="colour-help-heading" className="h4">
        Farvegrupperne
      </h3>
      <dl>
        {COLOUR_GROUPS.map((group) => {
          const colour = group === "NONE" ? null : group;
          return (
            <div key={group} style={{ display: "contents" }}>
              <dt>
                <span className={`badge colour-tag colour--${group.toLowerCase()}`}>{colourLabel(colour)}</span>
              </dt>
              <dd>{colourMeaning(colour)}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
