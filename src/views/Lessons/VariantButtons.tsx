import { lessonWords, variantLabel, type Lesson, type LessonVariant } from '../../lessons';
import { useT } from '../shared/useT';

interface VariantButtonsProps {
  lesson: Lesson;
  /** The variant on show, marked as pressed. */
  active: LessonVariant | null;
  onChoose: (variant: LessonVariant) => void;
}

/** One button per variant of a lesson ("No hidden layer", "One hidden layer" …). */
export function VariantButtons({ lesson, active, onChoose }: VariantButtonsProps) {
  const t = useT();
  return (
    <div
      className="lesson-variants"
      role="group"
      aria-label={t('lessonMenu.variants', { lesson: lessonWords(lesson, t).title })}
    >
      {lesson.variants.map((variant) => (
        <button
          key={variant.id}
          type="button"
          aria-pressed={variant === active}
          onClick={() => onChoose(variant)}
        >
          {variantLabel(lesson, variant, t)}
        </button>
      ))}
    </div>
  );
}
