import { useState } from 'react';
import { useAppStore } from '../../store';

/**
 * The words the customer is given about their hand-off (Halton's charter: which department
 * has it, at what stage, by when): large enough to read out, with Copy for an email and
 * Print for the counter. Printing shows this block alone.
 */
export function CustomerSummaryBlock({
  summary,
  reference,
}: {
  summary: string;
  reference: string;
}) {
  const announce = useAppStore((s) => s.announce);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(summary);
      setCopied(true);
      announce('Summary copied. Paste it into the email to the customer.');
    } catch {
      announce('The summary could not be copied. Select the text and copy it instead.');
    }
  }

  function print() {
    document.body.dataset.print = 'summary';
    window.print();
    delete document.body.dataset.print;
  }

  return (
    <section className="summary-block" aria-labelledby={`summary-${reference}`}>
      <h3 id={`summary-${reference}`}>What to tell the customer</h3>
      <p className="summary-text" data-testid="customer-summary">
        {summary}
      </p>
      <div className="actions no-print">
        <button type="button" onClick={() => void copy()}>
          {copied ? '✓ Copied' : 'Copy for an email'}
        </button>
        <button type="button" onClick={print}>
          Print
        </button>
      </div>
    </section>
  );
}
