/**
 * The Python text of the network's mathematics: the forward pass, the cost and the backward
 * pass, named as the step inspector names the operations (weighted input a, activation z,
 * cost C, output delta δ⁽ᴸ⁾, delta δ⁽ˡ⁾, gradients ∂C/∂W and ∂C/∂b). Each formula is the
 * engine's (src/engine/activations.ts, losses.ts, network.ts), including its numerically
 * stable forms, so the script's numbers agree with the lab's to rounding.
 */
export const PY_MODEL = String.raw`
# ── Forward pass ─────────────────────────────────────────────────────────────
# A batch holds one sample per row: z⁽⁰⁾ is rows × n₀, W⁽ˡ⁾ is nₗ × nₗ₋₁ (w⁽ˡ⁾ⱼᵢ from neuron i
# of layer l−1 to neuron j of layer l).


def weighted_input(W, b, z_below):
    """a⁽ˡ⁾ = W⁽ˡ⁾ z⁽ˡ⁻¹⁾ + b⁽ˡ⁾ for every sample of the batch."""
    return z_below @ W.T + b


def activation(name, a, param):
    """z⁽ˡ⁾ = h(a⁽ˡ⁾). param is the Leaky ReLU slope or the ELU α."""
    if name == "linear":
        return a.copy()
    if name == "sigmoid":
        e = np.exp(-np.abs(a))  # never e^(+large): 1/(1+e^−a) for a ≥ 0, eᵃ/(1+eᵃ) below
        return np.where(a >= 0, 1 / (1 + e), e / (1 + e))
    if name == "tanh":
        return np.tanh(a)
    if name == "relu":
        return np.where(a > 0, a, 0.0)
    if name == "leaky-relu":
        return np.where(a > 0, a, param * a)
    if name == "elu":
        return np.where(a > 0, a, param * np.expm1(np.minimum(a, 0.0)))
    if name == "softmax":
        e = np.exp(a - a.max(axis=1, keepdims=True))  # every exponent ≤ 0
        return e * (1 / e.sum(axis=1, keepdims=True))
    raise ValueError(f"unknown activation {name}")


def forward_pass(params, z0, masks=None):
    """a⁽ˡ⁾ and z⁽ˡ⁾ of every layer. With dropout masks (training), a hidden layer passes on
    z⁽ˡ⁾ ⊙ mask instead of z⁽ˡ⁾. Returns (a, z, passed): lists indexed by layer, a[0] unused."""
    a, z, passed = [None], [z0], [z0]
    for l in range(1, DEPTH + 1):
        W, b = params["W"][l - 1], params["b"][l - 1]
        a.append(weighted_input(W, b, passed[l - 1]))
        z.append(activation(ACTIVATIONS[l - 1], a[l], ACTIVATION_PARAMS[l - 1]))
        mask = masks[l] if masks is not None else None
        passed.append(z[l] * mask if mask is not None else z[l])
    return a, z, passed


# ── Loss ─────────────────────────────────────────────────────────────────────


def cost(a_out, z_out, y):
    """C of each sample (a vector over the batch's rows). The batch loss is their mean."""
    K = y.shape[1]
    if LOSS == "mse":  # (1/K) Σₖ (ŷₖ − yₖ)²
        return ((z_out - y) ** 2).sum(axis=1) / K
    if LOSS == "half-sse":  # ½ Σₖ (ŷₖ − yₖ)²
        return 0.5 * ((z_out - y) ** 2).sum(axis=1)
    if LOSS == "bce":  # from the logits: max(a,0) − a·y + ln(1 + e^(−|a|))
        terms = np.maximum(a_out, 0) - a_out * y + np.log1p(np.exp(-np.abs(a_out)))
        return terms.sum(axis=1) / K
    if LOSS == "cce":  # −Σₖ yₖ ln softmax(a)ₖ = Σₖ yₖ (logsumexp(a) − aₖ)
        top = a_out.max(axis=1, keepdims=True)
        lse = top + np.log(np.exp(a_out - top).sum(axis=1, keepdims=True))
        return (y * (lse - a_out)).sum(axis=1)
    raise ValueError(f"unknown loss {LOSS}")


# ── Backward pass ────────────────────────────────────────────────────────────


def output_delta(a_out, z_out, y):
    """δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾ of each sample. The cross-entropies are fused with their activation."""
    K = y.shape[1]
    if LOSS == "bce":  # sigmoid + cross-entropy: δ = (ŷ − y)/K
        return (z_out - y) / K
    if LOSS == "cce":  # softmax + cross-entropy: δ = ŷ Σy − y
        return z_out * y.sum(axis=1, keepdims=True) - y
    # Squared errors: ∂C/∂ŷ, then through the output activation's Jacobian.
    g = (z_out - y) if LOSS == "half-sse" else (2 / K) * (z_out - y)
    h = ACTIVATIONS[DEPTH - 1]
    if h == "softmax":  # ∂zⱼ/∂aₖ = zⱼ(δⱼₖ − zₖ)  ⇒  δₖ = zₖ (gₖ − Σⱼ gⱼ zⱼ)
        return z_out * (g - (g * z_out).sum(axis=1, keepdims=True))
    return times_derivative(h, a_out, z_out, g, ACTIVATION_PARAMS[DEPTH - 1])


def times_derivative(name, a, z, e, param):
    """h′(a) ⊙ e, with h′ from a or z: σ′ = z(1−z), tanh′ = 1−z², ReLU′ = [a>0] …"""
    if name == "linear":
        return e
    if name == "sigmoid":
        return e * (z * (1 - z))
    if name == "tanh":
        return e * (1 - z * z)
    if name == "relu":
        return np.where(a > 0, e, 0.0)
    if name == "leaky-relu":
        return np.where(a > 0, e, e * param)
    if name == "elu":
        return np.where(a > 0, e, e * (z + param))
    raise ValueError(f"no element-wise derivative for {name}")


def backward_delta(l, W_above, delta_above, a, z, mask):
    """δ⁽ˡ⁾ = h′(a⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾ᵀ δ⁽ˡ⁺¹⁾) [⊙ the dropout mask of layer l]."""
    delta = times_derivative(ACTIVATIONS[l - 1], a, z, delta_above @ W_above, ACTIVATION_PARAMS[l - 1])
    return delta * mask if mask is not None else delta


def gradients(delta, z_below, rows):
    """∂C/∂W⁽ˡ⁾ = mean over the batch of δ⁽ˡ⁾ z⁽ˡ⁻¹⁾ᵀ, ∂C/∂b⁽ˡ⁾ = mean of δ⁽ˡ⁾."""
    inv = 1 / rows
    return (delta.T @ z_below) * inv, delta.sum(axis=0) * inv


def backward_pass(params, a, z, passed, y, masks):
    """The batch's summed cost and the mean gradients ∂C/∂W⁽ˡ⁾, ∂C/∂b⁽ˡ⁾ of every layer."""
    rows = y.shape[0]
    total_cost = cost(a[DEPTH], z[DEPTH], y).sum()
    delta = output_delta(a[DEPTH], z[DEPTH], y)
    grad_W, grad_b = [None] * DEPTH, [None] * DEPTH
    for l in range(DEPTH, 0, -1):
        grad_W[l - 1], grad_b[l - 1] = gradients(delta, passed[l - 1], rows)
        if l > 1:
            mask = masks[l - 1] if masks is not None else None
            delta = backward_delta(l - 1, params["W"][l - 1], delta, a[l - 1], z[l - 1], mask)
    return total_cost, grad_W, grad_b
`;
