using System;
using System.Collections.Generic;
using System.Linq;

namespace Conv.Generated.Tests.Reparam;

/// <summary>One layer object of a reparam fixture: a conv's weight and bias, or a BatchNorm2d's four arrays.</summary>
public sealed record LayerParams(float[] Weight, float[]? Bias, float[]? RunningMean, float[]? RunningVar);

/// <summary>A merged layer made by Compose: its weights and its Forward.</summary>
public sealed record Folded(float[] Weight, float[]? Bias, Func<float[], float[]> Forward);

/// <summary>
/// What a declared reparam case runs: <see cref="Sequence"/> the original structure through each member's own generated
/// Forward (branches combined, the activation last); <see cref="Fold"/> the declared composite, sum or concat made by
/// Compose; and its generated surface.
/// </summary>
public sealed record ReparamCase(
    int LayerCount,
    Func<LayerParams[], float[], float[]> Sequence,
    Func<LayerParams[], Folded>? Fold,
    int[]? Sizes,
    bool HasBias,
    PaddingMode PaddingMode,
    Activation Activation,
    float NegativeSlope,
    bool IsExact,
    Region ExactRegion);

/// <summary>How the sequence side combines branch outputs: as PyTorch's <c>+</c> and <c>torch.cat(dim=1)</c>.</summary>
public static class Combine
{
    public static float[] Sum(params float[][] outputs)
    {
        var result = new float[outputs[0].Length];
        foreach (var output in outputs)
            for (var i = 0; i < result.Length; i++) result[i] += output[i];
        return result;
    }

    public static float[] Concat(int batch, params float[][] outputs) => Conv.Tests.Nchw.ConcatChannels(batch, outputs);

    public static float[] Activate(float[] values, Activation activation, float negativeSlope)
    {
        Activations.Apply(activation, negativeSlope, values);
        return values;
    }
}
