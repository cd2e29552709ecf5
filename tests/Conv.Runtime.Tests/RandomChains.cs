using System;
using System.Collections.Generic;
using System.Linq;

namespace Conv.Runtime.Tests;

/// <summary>A random chain of 2 or 3 layers that fit and compose, with weights, biases and an input.</summary>
public sealed class RandomChain
{
    public required Conv2dGeometry[] Layers { get; init; }
    public required float[][] Weights { get; init; }
    public required float[]?[] Biases { get; init; }
    public required float[] Input { get; init; }
    public required int Batch { get; init; }
    public required int Seed { get; init; }

    public override string ToString() => $"seed {Seed}: " + string.Join(" then ", Layers.Select(l => l.ToString()));

    /// <summary>Builds a chain from a seed, or null when the drawn sizes do not make a valid composition.</summary>
    public static RandomChain? FromSeed(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(4) == 0 ? 3 : 2;
        var groups = random.Next(3) == 0 ? 2 : 1;
        var channels = groups * random.Next(1, 3);
        int height = random.Next(3, 11), width = random.Next(3, 11);
        var layers = new List<Conv2dGeometry>();
        for (var i = 0; i < count; i++)
        {
            var outChannels = (random.Next(3) == 0 ? 1 : groups) * random.Next(1, 3) * groups;
            var layerGroups = outChannels % groups == 0 && channels % groups == 0 && random.Next(2) == 0 ? groups : 1;
            var mode = random.Next(5) switch { 0 => PaddingMode.Reflect, 1 => PaddingMode.Replicate, 2 => PaddingMode.Circular, _ => PaddingMode.Zeros };
            int kh = random.Next(1, 5), kw = random.Next(1, 5);
            int sh = random.Next(4) == 0 ? 2 : 1, sw = random.Next(4) == 0 ? 2 : 1;
            int dh = random.Next(4) == 0 ? 2 : 1, dw = random.Next(4) == 0 ? 2 : 1;
            int ph = random.Next(0, kh + 1), pw = random.Next(0, kw + 1);
            var bias = random.Next(2) == 0;
            if (Conv2dGeometry.Validate(channels, outChannels, kh, kw, height, width, sh, sw, ph, pw, dh, dw, layerGroups, mode).Count > 0)
                return null;
            var layer = new Conv2dGeometry(channels, outChannels, kh, kw, height, width, sh, sw, ph, pw, dh, dw, layerGroups, bias, mode);
            layers.Add(layer);
            channels = layer.OutChannels;
            height = layer.OutputHeight;
            width = layer.OutputWidth;
        }

        try
        {
            _ = new KernelComposition(layers);
        }
        catch (ArgumentException)
        {
            return null; // e.g. the composite needs more reflect padding than the input has
        }

        return Draw(seed, layers.ToArray(), random, random.Next(1, 3));
    }

    /// <summary>The same layers with other weights, biases and input: a term the composite gets wrong shows in some draw.</summary>
    public RandomChain Redraw(int draw) => Draw(Seed, Layers, new Random(HashCode.Combine(Seed, draw)), Batch);

    private static RandomChain Draw(int seed, Conv2dGeometry[] layers, Random random, int batch) => new()
    {
        Seed = seed,
        Layers = layers,
        Weights = layers.Select(l => Values(random, l.WeightLength)).ToArray(),
        Biases = layers.Select(l => l.HasBias ? Values(random, l.BiasLength) : null).ToArray(),
        Batch = batch,
        Input = Values(random, batch * layers[0].InputLength),
    };

    // Bounded away from zero, so that a wrong term is rarely small; two inputs can still be close to each other,
    // so a difference is judged over several draws.
    private static float[] Values(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() + 0.5) * (random.Next(2) == 0 ? -1 : 1))).ToArray();

    public float[] RunSequence()
    {
        var activation = Input;
        for (var i = 0; i < Layers.Length; i++) activation = Conv2d.Forward(Layers[i], activation, Weights[i], Biases[i]);
        return activation;
    }
}
