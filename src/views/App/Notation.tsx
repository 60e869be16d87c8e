import { Rich } from '../shared/Rich';
import { useT } from '../shared/useT';

/** The lab's notation, said once, with the other common convention beside it. */
export function Notation() {
  const t = useT();
  return (
    <p className="notation">
      <Rich text={t('intro.notation')} />
    </p>
  );
}
