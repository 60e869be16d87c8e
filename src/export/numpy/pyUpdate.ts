/**
 * The Python text of the update and the schedule: the engine's optimizers
 * (src/engine/optimizers.ts) and learning-rate schedules (schedules.ts), formula for formula.
 */
export const PY_UPDATE = String.raw`
# ── Update ───────────────────────────────────────────────────────────────────


def pow_int(base, n):
    """baseⁿ by repeated squaring, as the lab computes powers (the same bits)."""
    result, e = 1.0, n
    while e > 0:
        if e % 2 == 1:
            result *= base
        base *= base
        e //= 2
    return result


def penalty_coefficients(reg):
    """λ₁ and λ₂ of the penalty λ₁ Σ|w| + (λ₂/2) Σ w² (biases are not penalized)."""
    kind, rate = reg["kind"], reg["rate"]
    if kind == "l1":
        return rate, 0.0
    if kind == "l2":
        return 0.0, rate
    if kind == "elastic":
        return rate * reg["l1_ratio"], rate * (1 - reg["l1_ratio"])
    return 0.0, 0.0


def update(w, g, state, opt, lr, t, l1, l2):
    """One optimizer step on one array of parameters w with mean gradient g, in place.
    state holds the optimizer's memory for w: "first" (v, G, E or m) and "second" (Adam's v).
    t is the 1-based number of this update (Adam's bias correction)."""
    kind = opt["kind"]
    if kind == "adamw":  # decoupled weight decay first: θ ← θ(1 − η·wd)
        w *= 1 - lr * opt["weight_decay"]
    g = g + l2 * w + l1 * (np.sign(w) if l1 != 0 else w)  # + the penalty's gradient
    first, second = state["first"], state["second"]
    if kind == "sgd":  # w ← w − η g
        step = -lr * g
    elif kind == "momentum":  # v ← μ v − η g;  w ← w + v
        first[:] = opt["momentum"] * first - lr * g
        step = first
    elif kind == "nesterov":  # v ← μ v − η g;  w ← w − μ v_prev + (1 + μ) v
        mu = opt["momentum"]
        previous = first.copy()
        first[:] = mu * previous - lr * g
        step = -mu * previous + (1 + mu) * first
    elif kind == "adagrad":  # G ← G + g²;  w ← w − η g / (√G + ε)
        first[:] = first + g * g
        step = (-lr * g) / (np.sqrt(first) + opt["epsilon"])
    elif kind == "rmsprop":  # E ← ρ E + (1 − ρ) g²;  w ← w − η g / (√E + ε)
        rho = opt["rho"]
        first[:] = rho * first + (1 - rho) * g * g
        step = (-lr * g) / (np.sqrt(first) + opt["epsilon"])
    elif kind in ("adam", "adamw"):  # m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ);  w ← w − η m̂ / (√v̂ + ε)
        b1, b2 = opt["beta1"], opt["beta2"]
        c1, c2 = 1 / (1 - pow_int(b1, t)), 1 / (1 - pow_int(b2, t))
        first[:] = b1 * first + (1 - b1) * g
        second[:] = b2 * second + (1 - b2) * g * g
        step = (-lr * (first * c1)) / (np.sqrt(second * c2) + opt["epsilon"])
    else:
        raise ValueError(f"unknown optimizer {kind}")
    w += step


# ── Schedule ─────────────────────────────────────────────────────────────────


def learning_rate(base, schedule, epoch, step):
    """η for the coming step, from the base rate η₀, the epochs and the steps completed."""
    kind = schedule["kind"]
    if kind == "inverse-time":  # η₀ / (1 + d · epoch)
        return base / (1 + schedule["decay"] * epoch)
    if kind == "compound":  # η ← η / (1 + d) at every step: η₀ / (1 + d)^step
        return base / pow_int(1 + schedule["decay"], step)
    if kind == "step":  # η₀ · γ^⌊epoch / every⌋
        return base * pow_int(schedule["gamma"], epoch // max(1, schedule["every"]))
    if kind == "exponential":  # η₀ · γ^epoch
        return base * pow_int(schedule["gamma"], epoch)
    if kind == "cyclic":  # triangular between the low rate and η₀, starting low
        period = max(2, schedule["cycle_steps"])
        phase = (step % period) / (period / 2)
        rise = phase if phase <= 1 else 2 - phase
        low = schedule["cycle_low"]
        return low + (base - low) * rise
    return base
`;
