import { useId, useRef, useState, type ChangeEvent } from 'react';
import { applyUpload, checkUpload, type UploadMode } from '../../state/uploadWeights';
import { msg, renderMessage, type Message } from '../../core/i18n/message';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';

/**
 * "Upload weights": reads the JSON "Download weights" writes, checks it against the network
 * (listing every mismatch) and puts it into the run at step 0 or at the current step.
 */
export function UploadWeights({ onMessage }: { onMessage: (said: Message) => void }) {
  const controller = useController();
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<UploadMode>('start');
  const [problems, setProblems] = useState<Message[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const upload = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setChosen(file.name);
    const checked = checkUpload(await file.text());
    input.value = ''; // the same file may be chosen again
    if (!checked.ok) {
      setProblems(checked.problems);
      onMessage(msg('upload.doesNotFit', { file: file.name }));
      return;
    }
    setProblems([]);
    onMessage(applyUpload(controller, checked.params, mode));
  };

  return (
    <div className="upload-weights" role="group" aria-label={t('upload.group')}>
      <label htmlFor={`${id}-file`}>{t('upload.label')}</label>
      <span className="upload-hint" id={`${id}-hint`}>
        {t('upload.hint')}
      </span>
      {/* The browser words its own file button in the browser's language (Choose File,
          파일 선택); this button and the chosen name follow the page's language instead. */}
      <input
        id={`${id}-file`}
        ref={fileRef}
        type="file"
        hidden
        accept="application/json,.json"
        onChange={(e) => void upload(e)}
      />
      <span className="upload-choose">
        <button
          type="button"
          aria-describedby={`${id}-hint ${id}-chosen`}
          onClick={() => fileRef.current?.click()}
        >
          {t('upload.choose')}
        </button>
        <span id={`${id}-chosen`} className="upload-chosen">
          {chosen ?? t('upload.noFile')}
        </span>
      </span>
      <ModeChoice name={`${id}-mode`} mode={mode} onChange={setMode} />
      {problems.length > 0 && (
        <ul aria-label={t('upload.problems')}>
          {problems.map((p, i) => (
            <li key={i}>{renderMessage(p, t)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Where the uploaded weights go: the run's start (step 0) or the run as it is now. */
function ModeChoice(props: {
  name: string;
  mode: UploadMode;
  onChange: (mode: UploadMode) => void;
}) {
  const t = useT();
  const option = (mode: UploadMode, label: string) => (
    <label>
      <input
        type="radio"
        name={props.name}
        checked={props.mode === mode}
        onChange={() => props.onChange(mode)}
      />
      {label}
    </label>
  );
  return (
    <fieldset>
      <legend>{t('upload.use')}</legend>
      {option('start', t('upload.asStart'))}
      {option('now', t('upload.asChange'))}
    </fieldset>
  );
}
