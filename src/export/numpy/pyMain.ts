/**
 * The Python text of the script's evaluation and command line: the mean loss and accuracy on
 * both sets and the JSON that `npm run replay` prints, in its shape and with its keys.
 */
export const PY_MAIN = String.raw`
# ── Evaluation and the command line ──────────────────────────────────────────


def predicted_class(z_out):
    """The class each output row stands for, under the data's target encoding."""
    if TARGET_ENCODING == "zero-one":
        return (z_out[:, 0] >= 0.5).astype(int)
    if TARGET_ENCODING == "plus-minus-one":
        return (z_out[:, 0] >= 0).astype(int)
    return np.argmax(z_out, axis=1)  # the first largest output


def evaluate(params, data):
    """Mean cost and accuracy on a set (no dropout); NaN for an empty set."""
    if data["count"] == 0:
        return math.nan, math.nan
    a, z, _ = forward_pass(params, data["inputs"])
    loss = cost(a[DEPTH], z[DEPTH], data["targets"]).sum() / data["count"]
    if TASK == "regression":
        return loss, math.nan
    correct = int((predicted_class(z[DEPTH]) == data["labels"]).sum())
    return loss, correct / data["count"]


def finite_or_none(x):
    return x if math.isfinite(x) else None  # as JSON.stringify writes NaN and ±∞


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--steps", type=int, default=OPEN_STEP, help="training steps to take")
    steps = parser.parse_args().steps
    if steps < 0:
        parser.error("--steps needs a whole number from 0")
    trainer = Trainer()
    diverged = None
    for _ in range(steps):
        diverged = trainer.step()
        if diverged is not None:
            break
    params = trainer.params
    train_loss, train_accuracy = evaluate(params, TRAIN)
    test_loss, test_accuracy = evaluate(params, TEST)
    outputs = forward_pass(params, TRAIN["inputs"])[1][DEPTH]
    result = {
        "steps": trainer.steps_done,
        "epoch": trainer.epoch,
        "diverged": diverged,
        "trainLoss": finite_or_none(train_loss),
        "testLoss": finite_or_none(test_loss),
        "trainAccuracy": finite_or_none(train_accuracy),
        "testAccuracy": finite_or_none(test_accuracy),
        "sizes": SIZES,
        "problems": PROBLEMS,
        "weights": [w.ravel().tolist() for w in params["W"]],
        "biases": [b.tolist() for b in params["b"]],
        "outputs": [[finite_or_none(x) for x in row] for row in outputs.tolist()],
    }
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
`;
