using System;
using System.Threading;

namespace Conv;

/// <summary>
/// A layer's weights in the order one of its kernels reads them, kept from the first call that rearranges them for the
/// later ones, for as long as the layer's weight array is its own. Once the layer has handed the array out (its
/// <c>Weight</c> property), a write to it must change the next call's result: the copy is dropped, none is kept again, and
/// each call rearranges what it reads, as it would without one. Either way a call computes the same sums in the same
/// order. Public because generated layer code holds one.
/// </summary>
public sealed class RearrangedWeights
{
    private float[]? _values;
    private volatile bool _handedOut;

    /// <summary>Whether the layer's weight array has been handed out, so that nothing may be kept.</summary>
    public bool HandedOut => _handedOut;

    /// <summary>The kept copy: null before the first <see cref="Keep"/> and after <see cref="HandOut"/>.</summary>
    public float[]? Values => _handedOut ? null : Volatile.Read(ref _values);

    /// <summary>
    /// Keeps <paramref name="values"/> (the weights just rearranged) unless a copy is kept already or the array has been
    /// handed out; returns the copy to use for this call.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public float[] Keep(float[] values)
    {
        if (values is null) throw new ArgumentNullException(nameof(values));
        if (_handedOut) return values;
        var kept = Interlocked.CompareExchange(ref _values, values, null) ?? values;
        // A hand-out between the check above and the exchange: nothing stays kept.
        if (_handedOut) Volatile.Write(ref _values, null);
        return kept;
    }

    /// <summary>The layer hands its weight array out: the copy is dropped, and none is kept from now on.</summary>
    public void HandOut()
    {
        _handedOut = true;
        Volatile.Write(ref _values, null);
    }
}
