/**
 * The Python text of the training loop: the engine's Trainer (src/engine/trainer.ts) — the
 * epoch's shuffled order, mini-batches, inverted-dropout masks, the divergence checks, the
 * live-change log replayed at its steps — and the evaluation and JSON that `npm run replay`
 * prints.
 */
export const PY_TRAINER = String.raw`
# ── Training ─────────────────────────────────────────────────────────────────

GRADIENT_LIMIT = 1e100  # larger gradients count as divergence before they overflow a weight


class Trainer:
    def __init__(self):
        self.params = {"W": [w.copy() for w in INITIAL_W], "b": [b.copy() for b in INITIAL_B]}
        self.optimizer = dict(OPTIMIZER)
        self.schedule = dict(SCHEDULE)
        self.regularization = dict(REGULARIZATION)
        self.state = self.fresh_state()
        self.steps_done = 0
        self.epoch = 0
        self.optimizer_steps = 0  # Adam's t; restarts when the optimizer changes
        self.order = list(range(TRAIN["count"]))
        self.cursor = 0
        self.needs_shuffle = True
        self.shuffle_random = Random(SEED, "shuffle")
        self.dropout_random = Random(SEED, "dropout")
        self.next_change = 0
        self.apply_due_changes()

    def fresh_state(self):
        return [
            {"first": np.zeros_like(p), "second": np.zeros_like(p)}
            for pair in zip(self.params["W"], self.params["b"])
            for p in pair
        ]

    def dropout_masks(self, rows):
        """Inverted dropout: keep a unit with probability 1−p, scaled by 1/(1−p)."""
        masks = [None] * (DEPTH + 1)
        for l in range(1, DEPTH):
            p = DROPOUT[l - 1]
            if p > 0:
                keep = 1 / (1 - p)
                draws = [0.0 if self.dropout_random.next() < p else keep for _ in range(rows * SIZES[l])]
                masks[l] = np.array(draws).reshape(rows, SIZES[l])
        return masks

    def batch_of(self, indices):
        """The training samples at these indices, with fresh dropout masks."""
        rows = min(len(indices), BATCH_SIZE)
        picked = list(indices[:rows])
        return TRAIN["inputs"][picked], TRAIN["targets"][picked], self.dropout_masks(rows)

    def next_batch(self):
        if self.needs_shuffle:
            self.shuffle_random.shuffle(self.order)
            self.needs_shuffle = False
        return self.batch_of(self.order[self.cursor : self.cursor + BATCH_SIZE])

    def logged_batch(self):
        """The batch the change log says the coming step took (picked or typed-in samples)."""
        if self.next_change >= len(CHANGES) or CHANGES[self.next_change]["step"] != self.steps_done:
            return None
        due = CHANGES[self.next_change]
        if due["kind"] == "samples":
            self.next_change += 1
            picked = [s for s in due["samples"] if s < TRAIN["count"]]
            return self.batch_of(picked) if picked else None
        if due["kind"] == "custom":
            self.next_change += 1
            if len(due["inputs"]) != SIZES[0] or len(due["targets"]) != SIZES[DEPTH]:
                return None
            return np.array([due["inputs"]]), np.array([due["targets"]]), self.dropout_masks(1)
        return None

    def step(self):
        """One training step. Returns None, or where it diverged."""
        batch = self.logged_batch()
        advance = batch is None
        z0, y, masks = batch if batch is not None else self.next_batch()
        rows = z0.shape[0]
        a, z, passed = forward_pass(self.params, z0, masks)
        total_cost, grad_W, grad_b = backward_pass(self.params, a, z, passed, y, masks)
        loss = total_cost / rows
        if not math.isfinite(loss):
            return self.diverged(*first_non_finite(a, z))
        for l in range(1, DEPTH + 1):
            largest = max(np.abs(grad_W[l - 1]).max(initial=0), np.abs(grad_b[l - 1]).max(initial=0))
            if not largest <= GRADIENT_LIMIT:
                why = f"the gradient of layer {l} is not finite or exceeds {GRADIENT_LIMIT:g}"
                return self.diverged(l, "gradient", why)
        lr = learning_rate(self.optimizer["learning_rate"], self.schedule, self.epoch, self.steps_done)
        l1, l2 = penalty_coefficients(self.regularization)
        self.optimizer_steps += 1
        for l in range(DEPTH):
            W, b = self.params["W"][l], self.params["b"][l]
            update(W, grad_W[l], self.state[2 * l], self.optimizer, lr, self.optimizer_steps, l1, l2)
            if HAS_BIAS[l]:  # biases are not penalized; a layer without bias keeps b = 0
                update(b, grad_b[l], self.state[2 * l + 1], self.optimizer, lr, self.optimizer_steps, 0.0, 0.0)
        self.steps_done += 1
        self.apply_due_changes()
        if advance:
            self.cursor += rows
            if self.cursor >= TRAIN["count"]:
                self.cursor = 0
                self.epoch += 1
                self.needs_shuffle = True
        return None

    def diverged(self, layer, stage, message):
        return {"step": self.steps_done, "layer": layer, "stage": stage, "message": message}

    def apply_due_changes(self):
        """Replays the logged live changes: one stamped k takes effect once k steps are done."""
        while self.next_change < len(CHANGES) and CHANGES[self.next_change]["step"] <= self.steps_done:
            due = CHANGES[self.next_change]
            if due["kind"] in ("samples", "custom"):
                if due["step"] == self.steps_done:
                    return  # the coming step trains on them
                self.next_change += 1
                continue
            self.next_change += 1
            if due["kind"] == "weight":
                layer = due["layer"]
                if layer <= DEPTH and due["to"] < SIZES[layer] and due["from"] < SIZES[layer - 1]:
                    self.params["W"][layer - 1][due["to"], due["from"]] = due["value"]
            elif due["kind"] == "bias":
                layer = due["layer"]
                if layer <= DEPTH and HAS_BIAS[layer - 1] and due["to"] < SIZES[layer]:
                    self.params["b"][layer - 1][due["to"]] = due["value"]
            else:
                self.change_setting(due["group"], due["name"], due["value"])

    def change_setting(self, group, name, value):
        settings = getattr(self, group)
        if group == "optimizer" and name == "kind" and value != settings["kind"]:
            self.state = self.fresh_state()  # another optimizer starts from a clean memory
            self.optimizer_steps = 0
        settings[name] = value


def first_non_finite(a, z):
    """The first layer whose a or z is not finite, for the divergence message."""
    for l in range(1, DEPTH + 1):
        bad = ~(np.isfinite(a[l]) & np.isfinite(z[l]))
        if bad.any():
            k = np.flatnonzero(bad)[0]
            value = a[l].flat[k] if not np.isfinite(a[l].flat[k]) else z[l].flat[k]
            return l, "forward", f"layer {l} produced {js_number(value)} in the forward pass"
    return DEPTH, "loss", "the loss is not a finite number"


def js_number(x):
    return "NaN" if math.isnan(x) else ("Infinity" if x > 0 else "-Infinity")
`;
