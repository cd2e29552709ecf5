using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Conv.Benchmarks;

/// <summary>
/// The generated Forward of network layers compiled ahead of time by NativeAOT (`--aot`: a BenchmarkDotNet job that
/// publishes this project with PublishAot for .NET 10's default x64 baseline, x86-64-v2, so the Vector128 kernels).
/// Nothing but the generated code runs here: ONNX Runtime and TorchSharp stay out of the AOT process.
/// CONV_BENCH_SHAPES filters the layers as for NetworkBenchmarks.
/// </summary>
public class AotBenchmarks
{
    private Forward _generated = null!;
    private float[] _input = null!, _output = null!;

    public static IEnumerable<string> LayerNames => NetworkBenchmarks.LayerNames;

    [ParamsSource(nameof(LayerNames))]
    public string Layer { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var shape = NetworkShapes.Every[Layer];
        var random = new Random(42);
        float[] Values(int n) => random.Floats(n);
        _generated = shape.Create(Values(shape.Geometry.WeightLength), Values(shape.Geometry.BiasLength));
        _input = Values(shape.Geometry.InputLength);
        _output = new float[shape.Geometry.OutputLength];
        Console.WriteLine($"// Vector256 accelerated: {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}, Vector128: {System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated}");
    }

    [Benchmark]
    public void Generated() => _generated(_input, _output);
}

/// <summary>
/// The netstandard2.0 library's layers (<see cref="NetStandardBenchmarks"/>) in the same NativeAOT build: its
/// System.Numerics kernels of the width the AOT target gives Vector&lt;float&gt; (4 lanes for x86-64-v2).
/// </summary>
public class AotNetStandardBenchmarks
{
    private Conv.Benchmarks.NetStandard.LayerForward _library = null!;
    private float[] _input = null!, _output = null!;

    public static IEnumerable<string> LayerNames => NetStandardBenchmarks.LayerNames;

    [ParamsSource(nameof(LayerNames))]
    public string Layer { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var g = NetworkShapes.Every[Layer].Geometry;
        var random = new Random(42);
        float[] Values(int n) => random.Floats(n);
        _library = Conv.Benchmarks.NetStandard.NetStandardLayers.All[Layer](Values(g.WeightLength), Values(g.BiasLength));
        _input = Values(g.InputLength);
        _output = new float[g.OutputLength];
        Console.WriteLine($"// System.Numerics.Vector<float>: {System.Numerics.Vector<float>.Count} lanes, accelerated: {System.Numerics.Vector.IsHardwareAccelerated}");
    }

    [Benchmark]
    public void NetStandard() => _library(_input, _output);
}
