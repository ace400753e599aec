import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '@/lib/schema/settings';
import { FIRST_RUN_STEPS, loadFirstRun, type FirstRunStep } from '@/lib/views/firstRun';
import { changeSettings } from '@/lib/views/settings';
import { useT } from '../i18n';

/** The options section each step is done in; the last one is done on a portal page. */
export const STEP_SECTION: Record<FirstRunStep, 'portals' | 'profile' | 'plans' | null> = {
  province: 'portals',
  profile: 'profile',
  plan: 'plans',
  page: null,
};

/** The first run as a guide: each step with what is done, the next one offered. */
export function FirstRun({ settings, go }: { settings: Settings; go: (section: 'portals' | 'profile' | 'plans') => void }) {
  const t = useT();
  const progress = useLiveQuery(() => loadFirstRun(settings), [settings]);
  if (!progress) return null;
  const finish = () => void changeSettings((s) => ({ ...s, onboarded: true }));
  return (
    <section className="card first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRunTitle')}</h2>
      <ol className="steps">
        {FIRST_RUN_STEPS.map((step) => {
          const section = STEP_SECTION[step];
          return (
            <li key={step} data-step={step} className={progress.done[step] ? 'done' : step === progress.next ? 'next' : ''}>
              <span>{t(`firstRun_${step}`)}</span>
              {progress.done[step] ? (
                <span className="pill pass">✓ {t('firstRunDone')}</span>
              ) : (
                section &&
                step === progress.next && (
                  <button type="button" className="primary" onClick={() => go(section)}>
                    {t('firstRunGo')}
                  </button>
                )
              )}
            </li>
          );
        })}
      </ol>
      {progress.next === null && <p className="notice ok">{t('firstRunAllDone')}</p>}
      <button type="button" className="link" onClick={finish}>
        {t('firstRunFinish')}
      </button>
    </section>
  );
}
