import { useId, useState, type ChangeEvent } from 'react';
import { applyUpload, checkUpload, type UploadMode } from '../../state/uploadWeights';
import { useController } from '../shared/controllerContext';

/**
 * "Upload weights": reads the JSON "Download weights" writes, checks it against the network
 * (listing every mismatch) and puts it into the run at step 0 or at the current step.
 */
export function UploadWeights({ onMessage }: { onMessage: (text: string) => void }) {
  const controller = useController();
  const id = useId();
  const [mode, setMode] = useState<UploadMode>('start');
  const [problems, setProblems] = useState<string[]>([]);

  const upload = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const checked = checkUpload(await file.text());
    input.value = ''; // the same file may be chosen again
    if (!checked.ok) {
      setProblems(checked.problems);
      onMessage(`${file.name} does not fit this network:`);
      return;
    }
    setProblems([]);
    onMessage(applyUpload(controller, checked.params, mode));
  };

  return (
    <div className="upload-weights" role="group" aria-label="Weights from a file">
      <label htmlFor={`${id}-file`}>Upload weights</label>
      <span className="upload-hint">a JSON file saved with the ⤓ JSON button</span>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        onChange={(e) => void upload(e)}
      />
      <fieldset>
        <legend>Use them</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'start'}
            onChange={() => setMode('start')}
          />
          as the starting weights (a new run at step 0)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'now'}
            onChange={() => setMode('now')}
          />
          as a weight change at the current step
        </label>
      </fieldset>
      {problems.length > 0 && (
        <ul aria-label="Upload problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
