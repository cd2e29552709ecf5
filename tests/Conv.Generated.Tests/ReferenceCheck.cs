using System;
using System.Linq;

namespace Conv.Generated.Tests;

/// <summary>Runs a generated layer and the reference convolution on the same deterministic weights and inputs.</summary>
public static class ReferenceCheck
{
    public static float[] Values(int n, int seed) => Enumerable.Range(0, n).Select(i => (float)Math.Sin(seed * 13 + i * 0.61)).ToArray();

    /// <summary>Weights of both signs and some size, so that outputs fall below 0 and above 6 (the activations' bounds).</summary>
    public static float[] SpreadValues(int n, int seed) => Values(n, seed).Select((v, i) => v * (i % 3 == 0 ? -15f : 10f)).ToArray();

    /// <summary>The span Forward of a generated layer.</summary>
    public delegate void SpanForward(ReadOnlySpan<float> input, Span<float> output);

    /// <summary>
    /// Runs <paramref name="forward"/> on two items into the front of a larger buffer: every output value is written, and
    /// nothing after the output (kernels that store whole vectors must not store past the last one).
    /// </summary>
    public static void WritesOnlyTheOutput(SpanForward forward, int inputLength, int outputLength)
    {
        const float untouched = 12345f;
        var input = Values(2 * inputLength, 3);
        var buffer = new float[2 * outputLength + 32];
        Array.Fill(buffer, untouched);
        forward(input, buffer.AsSpan(0, 2 * outputLength));
        Xunit.Assert.All(buffer[(2 * outputLength)..], value => Xunit.Assert.Equal(untouched, value));
        Xunit.Assert.DoesNotContain(untouched, buffer[..(2 * outputLength)]);
    }

    /// <summary><paramref name="layer"/> builds the generated layer from a weight and bias and returns its allocating Forward.</summary>
    public static void Same(Conv2dGeometry g, Func<float[], float[]?, Func<float[], float[]>> layer, string name, params int[] batches) =>
        Same(g, Activation.None, 0.01f, layer, name, batches);

    /// <summary>As <see cref="Same(Conv2dGeometry, Func{float[], float[], Func{float[], float[]}}, string, int[])"/>, the generated layer applying <paramref name="activation"/>.</summary>
    public static void Same(Conv2dGeometry g, Activation activation, float negativeSlope, Func<float[], float[]?, Func<float[], float[]>> layer, string name, params int[] batches)
    {
        var weight = activation == Activation.None ? Values(g.WeightLength, 1) : SpreadValues(g.WeightLength, 1);
        var bias = g.HasBias ? Values(g.BiasLength, 2) : null;
        foreach (var batch in batches.Length == 0 ? new[] { 2 } : batches)
        {
            var input = Values(batch * g.InputLength, 3 + batch);
            var expected = Conv2d.Forward(g, input, weight, bias);
            Activations.Apply(activation, negativeSlope, expected);
            Conv.Tests.Tolerance.Equal(expected, layer(weight, bias)(input), $"{name}, batch {batch}");
        }
    }
}
