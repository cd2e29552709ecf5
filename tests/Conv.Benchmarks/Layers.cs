using System;
using System.Collections.Generic;

namespace Conv.Benchmarks;

/// <summary>A benchmarked shape: its geometry and its generated layer behind one call (and its multi-threaded call, for network layers).</summary>
public sealed record Shape(string Name, Conv2dGeometry Geometry, Func<float[], float[]?, Forward> Create, Func<float[], float[]?, ParallelForward>? CreateParallel = null);

public delegate void Forward(ReadOnlySpan<float> input, Span<float> output);

public delegate void ParallelForward(ReadOnlyMemory<float> input, Memory<float> output, int maxDegreeOfParallelism);

public static class Shapes
{
    private static Shape Of(string name, Conv2dGeometry geometry, Func<float[], float[]?, Forward> create) => new(name, geometry, create);

    public static readonly IReadOnlyDictionary<string, Shape> All = new Dictionary<string, Shape>
    {
        ["seed-1 4x7x7*7x4x3x3 p2"] = Of("seed-1 4x7x7*7x4x3x3 p2", new(4, 7, 3, 3, 7, 7, 1, 1, 2, 2, hasBias: false), (w, b) => new SeedFirst(w).Forward),
        ["seed-2 7x9x9*3x7x3x3 p2"] = Of("seed-2 7x9x9*3x7x3x3 p2", new(7, 3, 3, 3, 9, 9, 1, 1, 2, 2, hasBias: false), (w, b) => new SeedSecond(w).Forward),
        ["seed-composite 4x7x7*3x4x5x5 p4"] = Of("seed-composite 4x7x7*3x4x5x5 p4", new(4, 3, 5, 5, 7, 7, 1, 1, 4, 4, hasBias: false), (w, b) => new SeedComposite(w).Forward),
        ["1x28x28*16x1x3x3 p1"] = Of("1x28x28*16x1x3x3 p1", new(1, 16, 3, 3, 28, 28, 1, 1, 1, 1), (w, b) => new Mnist1To16(w, b).Forward),
        ["16x28x28*32x16x3x3 p1"] = Of("16x28x28*32x16x3x3 p1", new(16, 32, 3, 3, 28, 28, 1, 1, 1, 1), (w, b) => new Cnn16To32(w, b).Forward),
        ["64x56x56*64x64x3x3 p1"] = Of("64x56x56*64x64x3x3 p1", new(64, 64, 3, 3, 56, 56, 1, 1, 1, 1), (w, b) => new Resnet64(w, b).Forward),
        ["depthwise 32x56x56*32x1x3x3 p1"] = Of("depthwise 32x56x56*32x1x3x3 p1", new(32, 32, 3, 3, 56, 56, 1, 1, 1, 1, groups: 32), (w, b) => new Depthwise32(w, b).Forward),
        ["32x28x28*64x32x3x3 s2 p1"] = Of("32x28x28*64x32x3x3 s2 p1", new(32, 64, 3, 3, 28, 28, 2, 2, 1, 1), (w, b) => new Strided32To64(w, b).Forward),
        ["64x28x28*128x64x1x1"] = Of("64x28x28*128x64x1x1", new(64, 128, 1, 1, 28, 28), (w, b) => new Pointwise64To128(w, b).Forward),
    };
}
