import { t, tk } from '../lib/ext/i18n';
import type { ThreadFactsMap } from '../lib/ext/storage';

interface Props {
  threads: ThreadFactsMap;
  onForget: (id?: string) => void;
}

/** Per-thread facts: ids and settings only (there is no text to show, none is kept). */
export function ThreadFactsTable({ threads, onForget }: Props) {
  const ids = Object.keys(threads).sort((a, b) => (threads[b]?.updatedAt ?? 0) - (threads[a]?.updatedAt ?? 0));
  return (
    <fieldset class="cg-card cg-stack" aria-describedby="threads-hint">
      <legend>{t('threadsLegend')}</legend>
      <p id="threads-hint" class="cg-hint">
        {t('threadsHint')}
      </p>
      {ids.length === 0 ? (
        <p data-contact-guard="threads-empty">{t('threadsEmpty')}</p>
      ) : (
        <>
          <table class="cg-table" data-contact-guard="threads">
            <thead>
              <tr>
                <th scope="col">{t('threadColumn')}</th>
                <th scope="col">{t('overrideColumn')}</th>
                <th scope="col">{t('planColumn')}</th>
                <th scope="col">{t('updatedColumn')}</th>
                <th scope="col">
                  <span class="cg-visually-hidden">{t('forgetThread')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => {
                const f = threads[id];
                return (
                  <tr key={id} data-thread-id={id}>
                    <th scope="row">
                      <code>{id}</code>
                    </th>
                    <td>{f?.contractOverride ? tk('status', f.contractOverride) : t('notSet')}</td>
                    <td>{f?.clientPlan ? tk('plan', f.clientPlan) : t('notSet')}</td>
                    <td>{f?.updatedAt ? new Date(f.updatedAt).toLocaleDateString() : t('notSet')}</td>
                    <td>
                      <button type="button" aria-label={t('forgetThreadLabel', id)} onClick={() => onForget(id)}>
                        {t('forgetThread')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div>
            <button type="button" onClick={() => onForget()}>
              {t('forgetAllThreads')}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
