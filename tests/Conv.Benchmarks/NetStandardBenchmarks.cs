using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Conv.Benchmarks.NetStandard;

namespace Conv.Benchmarks;

/// <summary>
/// The same network layers built by a netstandard2.0 library (System.Numerics kernels: 8 lanes where the runtime's
/// Vector&lt;float&gt; has them, 16 where it has 512 bits, 4 where it has 128 bits, else scalar) and by this .NET 10
/// project (Vector512 down to Vector128). `--netstandard` runs them under the JIT as it is, with Vector&lt;T&gt; widened
/// to 512 bits, with AVX2 off and with every intrinsic off, in one run.
/// Each pair is checked against each other before timing. CONV_BENCH_SHAPES filters the layers as for NetworkBenchmarks.
/// </summary>
public class NetStandardBenchmarks
{
    private LayerForward _library = null!;
    private Forward _net = null!;
    private float[] _input = null!, _output = null!;

    public static IEnumerable<string> LayerNames =>
        NetworkShapes.Selected().Where(NetStandardLayers.All.ContainsKey);

    [ParamsSource(nameof(LayerNames))]
    public string Layer { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var shape = NetworkShapes.Every[Layer];
        var g = shape.Geometry;
        var random = new Random(42);
        float[] Values(int n) => random.Floats(n);
        var (weight, bias) = (Values(g.WeightLength), Values(g.BiasLength));
        _library = NetStandardLayers.All[Layer](weight, bias);
        _net = shape.Create(weight, bias);
        _input = Values(g.InputLength);
        _output = new float[g.OutputLength];
        var expected = new float[g.OutputLength];
        _net(_input, expected);
        _library(_input, _output);
        var worst = expected.Zip(_output, (e, a) => Math.Abs(e - a) / (1 + Math.Abs(e))).Max();
        if (worst > 1e-4) throw new InvalidOperationException($"{Layer}: the netstandard2.0 build differs from the .NET 10 one by {worst}");
        Console.WriteLine($"// System.Numerics.Vector<float>: {System.Numerics.Vector<float>.Count} lanes, accelerated: {System.Numerics.Vector.IsHardwareAccelerated}");
    }

    [Benchmark(Baseline = true)]
    public void NetStandard() => _library(_input, _output);

    [Benchmark]
    public void Net10() => _net(_input, _output);
}
