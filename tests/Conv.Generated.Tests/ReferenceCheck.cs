using System;
using System.Linq;

namespace Conv.Generated.Tests;

/// <summary>Runs a generated layer and the reference convolution on the same deterministic weights and inputs.</summary>
public static class ReferenceCheck
{
    public static float[] Values(int n, int seed) => Enumerable.Range(0, n).Select(i => (float)Math.Sin(seed * 13 + i * 0.61)).ToArray();

    /// <summary><paramref name="layer"/> builds the generated layer from a weight and bias and returns its allocating Forward.</summary>
    public static void Same(Conv2dGeometry g, Func<float[], float[]?, Func<float[], float[]>> layer, string name, params int[] batches)
    {
        var weight = Values(g.WeightLength, 1);
        var bias = g.HasBias ? Values(g.BiasLength, 2) : null;
        foreach (var batch in batches.Length == 0 ? new[] { 2 } : batches)
        {
            var input = Values(batch * g.InputLength, 3 + batch);
            Conv.Tests.Tolerance.Equal(Conv2d.Forward(g, input, weight, bias), layer(weight, bias)(input), $"{name}, batch {batch}");
        }
    }
}
