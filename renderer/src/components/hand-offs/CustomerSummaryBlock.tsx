// What the customer is told (NeSDS standard 22: they leave knowing who has their enquiry,
// at what stage and by when), in a block the adviser can read out, copy into an email or
// print. Self-contained so the contact screen can reuse it.
import { useEffect, useId, useRef, useState } from 'react';
import { recordOutput } from '../../api/record-output';
import './customer-summary.css';

export interface CustomerSummaryBlockProps {
  summary: string;
  reference: string;
}

export function CustomerSummaryBlock({ summary, reference }: CustomerSummaryBlockProps) {
  const headingId = useId();
  const blockRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState('');

  // A new summary (the status changed) has not been copied yet.
  useEffect(() => setStatus(''), [summary]);

  async function copy() {
    setStatus('');
    try {
      await navigator.clipboard.writeText(summary);
      return setStatus('Copied');
    } catch {
      // Refused: the desktop app denies every permission check, which includes the one
      // writeText makes ("clipboard-sanitized-write"). Copy the selected text the old way.
    }
    const selection = window.getSelection();
    if (textRef.current && selection) selection.selectAllChildren(textRef.current);
    // execCommand is deprecated but still the one copy that needs no permission.
    const copied = textRef.current !== null && document.execCommand('copy');
    setStatus(
      copied ? 'Copied' : 'Could not copy. The summary is selected: press Ctrl+C to copy it.',
    );
  }

  function print() {
    const block = blockRef.current;
    if (!block) return;
    // hand-offs.css prints only the block carrying this mark, so the customer gets the
    // summary alone rather than the whole screen.
    block.dataset.printing = 'summary';
    window.addEventListener('afterprint', () => delete block.dataset.printing, { once: true });
    recordOutput('printed', `What to tell the customer, ${reference}`);
    window.print();
  }

  return (
    <section className="customer-summary" aria-labelledby={headingId} ref={blockRef}>
      <h3 id={headingId}>
        What to tell the customer <span className="customer-summary-ref">({reference})</span>
      </h3>
      {/* Shown only on paper, where "what to tell the customer" would read oddly. */}
      <p className="customer-summary-print-heading">Your enquiry, reference {reference}</p>
      <p className="customer-summary-text" ref={textRef} data-testid="customer-summary">
        {summary}
      </p>
      <div className="actions customer-summary-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={print}>
          Print
        </button>
        <p className="customer-summary-status" role="status">
          {status === 'Copied' && <span aria-hidden="true">✓ </span>}
          {status}
        </p>
      </div>
    </section>
  );
}
