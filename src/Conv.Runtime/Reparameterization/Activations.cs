using System;

namespace Conv;

/// <summary>The element-wise activations of <see cref="Activation"/>, as PyTorch computes them.</summary>
public static class Activations
{
    /// <summary>The activation of one value.</summary>
    public static float Apply(Activation activation, float negativeSlope, float value) => activation switch
    {
        Activation.None => value,
        Activation.Relu => value > 0f || float.IsNaN(value) ? value : 0f,
        Activation.Relu6 => float.IsNaN(value) ? value : value < 0f ? 0f : value > 6f ? 6f : value,
        Activation.LeakyRelu => value >= 0f || float.IsNaN(value) ? value : value * negativeSlope,
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "not an Activation"),
    };

    /// <summary>Applies the activation to every value, in place.</summary>
    public static void Apply(Activation activation, float negativeSlope, Span<float> values)
    {
        if (activation == Activation.None) return;
        for (var i = 0; i < values.Length; i++) values[i] = Apply(activation, negativeSlope, values[i]);
    }
}
