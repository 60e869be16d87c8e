// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/config/link';
import { LESSONS, findLesson, lessonLink } from '../../src/lessons';
import { RunController } from '../../src/state/controller';
import { initialAppState, useAppStore } from '../../src/state/store';
import { LessonNote } from '../../src/views/Lessons/LessonNote';
import { LessonsMenu } from '../../src/views/Lessons/LessonsMenu';
import { initialLessonState, useLessonState } from '../../src/state/lessonState';
import { getGhosts, keepGhost } from '../../src/views/LossChart/ghostRuns';
import { clearGhosts } from '../../src/views/LossChart/ghostRuns';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import type { WorkerCommand } from '../../src/worker/protocol';
import { FakeWorker } from './gradientFlowHarness';

/** The header's menu and the note, as the app places them, with a fake-worker controller. */
function renderLessons() {
  const workers: FakeWorker[] = [];
  const controller = new RunController(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    () => {},
  );
  const view = render(
    <ControllerContext value={controller}>
      <header>
        <LessonsMenu />
        <LessonNote />
      </header>
    </ControllerContext>,
  );
  const sent = (): WorkerCommand[] => workers.flatMap((w) => w.sent);
  return { ...view, controller, sent };
}

function lessonAndLink(lessonId: string, variantId: string): string {
  const lesson = findLesson(lessonId)!;
  return `#${lessonLink(
    lesson,
    lesson.variants.find((v) => v.id === variantId)!,
  )}`;
}

beforeEach(() => {
  window.location.hash = '';
});

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  useLessonState.setState(initialLessonState, true);
  clearGhosts();
  document.documentElement.style.removeProperty('--lesson-note-height');
});

describe('Lessons menu', () => {
  it('a header button named "Lessons" opens a dialog listing the nine lessons by name', async () => {
    const user = userEvent.setup();
    renderLessons();
    const button = screen.getByRole('button', { name: 'Lessons' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const dialog = screen.getByRole('dialog', { name: 'Lessons' });
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(9);
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(
      LESSONS.map((l) => l.title),
    );
    // Every variant is a button, e.g. the XOR pair.
    const xor = within(dialog).getByRole('group', { name: 'XOR needs a hidden layer: variants' });
    expect(
      within(xor)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['No hidden layer', 'One hidden layer (4 tanh)']);
    expect(within(dialog).getAllByRole('button', { pressed: false })).toHaveLength(
      LESSONS.reduce((n, l) => n + l.variants.length, 0),
    );
    // The first variant has the focus, so the keyboard can go on from there.
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Open at step 0' }),
    );
  });

  it('Escape closes the menu and gives the focus back to its button', async () => {
    const user = userEvent.setup();
    renderLessons();
    const button = screen.getByRole('button', { name: 'Lessons' });
    await user.click(button);
    expect(screen.queryByRole('dialog')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('keys pressed in the menu belong to it, not to the page shortcuts (Space = Play, R = Reset)', async () => {
    const user = userEvent.setup();
    renderLessons();
    let pageKeys = 0;
    const count = (): void => {
      pageKeys++;
    };
    window.addEventListener('keydown', count);
    await user.click(screen.getByRole('button', { name: 'Lessons' }));
    await user.keyboard('r{ArrowRight} ');
    window.removeEventListener('keydown', count);
    expect(pageKeys).toBe(0);
    // Space pressed the focused variant instead of starting the run.
    expect(window.location.hash).toBe(lessonAndLink('one-sample', 'one-sample'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a click outside closes the menu', async () => {
    const user = userEvent.setup();
    renderLessons();
    await user.click(screen.getByRole('button', { name: 'Lessons' }));
    await user.click(document.body);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('choosing a variant puts its link in the address bar and shows the lesson note', async () => {
    const user = userEvent.setup();
    renderLessons();
    await user.click(screen.getByRole('button', { name: 'Lessons' }));
    await user.click(screen.getByRole('button', { name: '8 sigmoid layers' }));

    const link = lessonAndLink('vanishing-gradients', 'sigmoid');
    expect(window.location.hash).toBe(link);
    expect(decodeLink(link).config.open).toEqual({ step: 300, view: 'gradients', focusSample: 0 });
    expect(screen.queryByRole('dialog')).toBeNull();

    const note = screen.getByRole('complementary', { name: /Vanishing gradients/ });
    expect(note.textContent).toContain('Lesson 3');
    expect(note.textContent).toContain('δ⁽ˡ⁻¹⁾ = h′(a⁽ˡ⁻¹⁾) ⊙ (W⁽ˡ⁾ᵀ δ⁽ˡ⁾)');
    expect(note.textContent).toContain('Look at:');
    expect(
      within(note).getByRole('button', { name: '8 sigmoid layers' }).getAttribute('aria-pressed'),
    ).toBe('true');
    // The note publishes its height, so the sticky settings panel moves down by as much.
    expect(document.documentElement.style.getPropertyValue('--lesson-note-height')).toMatch(/px$/);

    // The other variant is one click away in the note.
    await user.click(within(note).getByRole('button', { name: '8 ReLU layers (He init)' }));
    expect(window.location.hash).toBe(lessonAndLink('vanishing-gradients', 'relu'));
    expect(
      within(note)
        .getByRole('button', { name: '8 ReLU layers (He init)' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('choosing the variant already in the address restarts its run from the link', async () => {
    const user = userEvent.setup();
    const { sent } = renderLessons();
    window.location.hash = lessonAndLink('xor', 'one-hidden');
    await user.click(screen.getByRole('button', { name: 'Lessons' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'One hidden layer (4 tanh)' }));
    const init = sent().filter((c) => c.type === 'init');
    expect(init).toHaveLength(1);
    const started = init[0].type === 'init' ? init[0].config : null;
    expect(started).toEqual(decodeLink(lessonAndLink('xor', 'one-hidden')).config);
    expect(started?.network.hidden).toHaveLength(1);
  });

  it('the note can be folded to one line and dismissed', async () => {
    const user = userEvent.setup();
    renderLessons();
    await user.click(screen.getByRole('button', { name: 'Lessons' }));
    await user.click(screen.getByRole('button', { name: 'SGD (η = 0.03)' }));
    const note = screen.getByRole('complementary', { name: /Optimizers/ });
    await user.click(within(note).getByRole('button', { name: 'Hide text' }));
    expect(note.textContent).not.toContain('Look at:');
    await user.click(within(note).getByRole('button', { name: 'Show text' }));
    expect(note.textContent).toContain('Look at:');
    await user.click(within(note).getByRole('button', { name: 'Close the lesson note' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.documentElement.style.getPropertyValue('--lesson-note-height')).toBe('');
  });

  it('a shared lesson link shows its note on load; navigating to a non-lesson address hides it', async () => {
    window.location.hash = lessonAndLink('softmax', 'small');
    renderLessons();
    expect(screen.getByRole('complementary', { name: /Softmax/ }).textContent).toContain('ln 3');
    await act(async () => {
      window.location.hash = '#ds=xor&v=1';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('a new lesson starts the loss comparison afresh; its own variants then compare', async () => {
    const user = userEvent.setup();
    const { controller } = renderLessons();
    const history = [
      {
        step: 0,
        epoch: 0,
        trainLoss: 1,
        testLoss: 1,
        trainAccuracy: 0.5,
        testAccuracy: 0.5,
        learningRate: 0.03,
        batchLoss: 1,
      },
      {
        step: 9,
        epoch: 1,
        trainLoss: 0.5,
        testLoss: 0.6,
        trainAccuracy: 0.7,
        testAccuracy: 0.6,
        learningRate: 0.03,
        batchLoss: 0.5,
      },
    ];
    keepGhost(useAppStore.getState().config, history);
    expect(getGhosts()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Lessons' }));
    await user.click(screen.getByRole('button', { name: 'SGD (η = 0.03)' }));
    // The page starts the run on hashchange; here the test does what main.tsx does.
    act(() => controller.start(decodeLink(window.location.hash).config));
    expect(getGhosts()).toHaveLength(0);
  });
});
