import type { Rag } from "@overblik/graphql-client";
import { Icon, type IconName } from "../../../ui/icon";
import { RAG_LABELS } from "../follow-up-view";

const STYLE: Record<Rag, { badge: string; icon: IconName | null }> = {
  GREEN: { badge: "badge-success", icon: "check" },
  AMBER: { badge: "badge-warning", icon: "warning" },
  RED: { badge: "badge-error", icon: "error" },
  NONE: { badge: "", icon: null },
};

/** "Grøn", "Gul", "Rød" as a dkfds badge with an icon: the word carries it, the colour repeats it. */
export function RagBadge({ rag }: { rag: Rag }) {
  const style = STYLE[rag];
  return (
    <span className={`badge ${style.badge} status-badge rag-badge rag-badge--${rag.toLowerCase()}`}>
      {style.icon ? <Icon name={style.icon} /> : null}
      <span className="sr-only">Status: </span>
      {RAG_LABELS[rag]}
    </span>
  );
}
