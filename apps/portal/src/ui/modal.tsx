import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { Icon } from "./icon";

/**
 * dkfds's modal on the native <dialog>: showModal() makes the rest of the page inert (focus stays
 * in the dialog), Esc closes it, and the element that opened it gets focus back. Mount it to open
 * it and unmount it to close it, so a form inside starts afresh every time.
 */
export function Modal({
  title,
  onClose,
  children,
  footer,
  onSubmit,
  busy = false,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer: ReactNode;
  /** Given a handler, the body and footer are one <form> (the footer's submit button submits it). */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  busy?: boolean;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  // The latest handler, stored after render (a ref written during render may belong to a render React throws away).
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    document.body.classList.add("modal-open");
    // The first field is what the user came for; without one, the title (not the close button).
    const first = dialog.querySelector<HTMLElement>(
      "[data-autofocus], .modal-body input:not([type=hidden]):not([disabled]), .modal-body select, .modal-body textarea",
    );
    (first ?? dialog.querySelector<HTMLElement>(".modal-title"))?.focus();
    return () => {
      if (dialog.open) dialog.close();
      document.body.classList.remove("modal-open");
      // The opener may have been re-rendered away; then focus falls back to the page's main.
      if (opener && opener.isConnected) opener.focus();
      else document.getElementById("main")?.focus();
    };
  }, []);

  const content = (
    <>
      <div className="modal-body">{children}</div>
      <div className="modal-footer">{footer}</div>
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`fds-modal planner-modal${wide ? " planner-modal--wide" : ""}`}
      aria-labelledby={titleId}
      aria-busy={busy}
      onCancel={(event) => {
        // Esc: let React decide (unmounting closes the dialog and returns focus).
        event.preventDefault();
        if (!busy) onCloseRef.current();
      }}
    >
      <div className="modal-content">
        <div className="modal-header">
          <h2 className="modal-title" id={titleId} tabIndex={-1}>
            {title}
          </h2>
          <button type="button" className="modal-close function-link" onClick={onClose} disabled={busy}>
            <Icon name="close" />
            Luk
          </button>
        </div>
        {onSubmit ? (
          <form noValidate onSubmit={onSubmit}>
            {content}
          </form>
        ) : (
          content
        )}
      </div>
    </dialog>
  );
}

/** A form dialog's footer: the submit button (with its text while busy) and the button that closes. */
export function SubmitCancelFooter({
  busy,
  submitText,
  busyText = "Gemmer …",
  cancelText = "Annullér",
  onClose,
  onConfirm,
}: {
  busy: boolean;
  submitText: string;
  busyText?: string;
  cancelText?: string;
  onClose: () => void;
  /** A dialog without a form: the primary button runs this instead of submitting. */
  onConfirm?: () => void;
}) {
  return (
    <>
      <button type={onConfirm ? "button" : "submit"} className="button button-primary" onClick={onConfirm} disabled={busy}>
        {busy ? busyText : submitText}
      </button>
      <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
        {cancelText}
      </button>
    </>
  );
}
