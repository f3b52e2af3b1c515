import { useEffect, useMemo, useState } from 'preact/hooks';
import { ExplainView } from '../../components/explain/ExplainView';
import { sendToBackground } from '../../lib/ext/messaging';
import { getSettings } from '../../lib/ext/storage';
import { explain } from '../../lib/policy/explain';
import { DEFAULT_CONTEXT, type PolicyContext } from '../../lib/policy/types';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Wires the explainer: the context starts from the user's options; a message handed over
 * by the popup or a warning card (held in the background's memory, never in the URL)
 * replaces the text and the thread's context, once.
 */
export function App() {
  const [text, setText] = useState('');
  const [context, setContext] = useState<PolicyContext>(DEFAULT_CONTEXT);
  const [country, setCountry] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const settings = await getSettings();
        if (!live) return;
        setCountry(settings.defaultCountry);
        setContext((c) => ({ ...c, role: settings.role, clientPlan: settings.clientPlan }));
      } catch {
        // Options unreadable: the protective defaults stay.
      }
      try {
        const handed = await sendToBackground('takeExplainerText');
        if (live && handed && typeof handed.text === 'string') {
          setText(handed.text);
          setContext(handed.context);
        }
      } catch {
        // Opened directly: the paste box is the way in.
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  const explanation = useMemo(
    () => explain(text, context, { detect: country ? { defaultCountry: country } : {} }),
    [text, context, country],
  );

  return (
    <ExplainView
      text={text}
      context={context}
      explanation={explanation}
      onText={setText}
      onContext={setContext}
      onCopy={copyText}
    />
  );
}
