using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.ML.OnnxRuntime;
using TorchSharp;
using static TorchSharp.torch;

namespace Conv.Benchmarks;

/// <summary>One shape and batch size, every implementation; all are checked for the same numbers before timing.</summary>
public class ConvBenchmarks
{
    private Conv2dGeometry _g = null!;
    private Forward _generated = null!;
    private float[] _input = null!, _weight = null!, _output = null!;
    private float[]? _bias;
    private InferenceSession _session = null!;
    private RunOptions _runOptions = null!;
    private OrtValue _ortInput = null!, _ortOutput = null!;
    private float[] _ortOutputBuffer = null!;
    private Tensor _torchInput = null!, _torchWeight = null!;
    private Tensor? _torchBias;

    // CONV_BENCH_SHAPES="seed,depthwise" limits a run to the shapes whose names contain one of those words.
    public static IEnumerable<string> ShapeNames =>
        Environment.GetEnvironmentVariable("CONV_BENCH_SHAPES") is { Length: > 0 } filter
            ? Shapes.All.Keys.Where(name => filter.Split(',').Any(word => name.Contains(word.Trim(), StringComparison.OrdinalIgnoreCase)))
            : Shapes.All.Keys;

    [ParamsSource(nameof(ShapeNames))]
    public string Shape { get; set; } = "";

    [Params(1, 8)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var shape = Shapes.All[Shape];
        _g = shape.Geometry;
        var random = new Random(42);
        float[] Values(int n) => random.Floats(n);
        _weight = Values(_g.WeightLength);
        _bias = _g.HasBias ? Values(_g.BiasLength) : null;
        _input = Values(Batch * _g.InputLength);
        _output = new float[Batch * _g.OutputLength];
        _generated = shape.Create(_weight, _bias);

        _session = OnnxConv.Session(_g, _weight, _bias, Batch, threads: 1);
        _runOptions = new RunOptions();
        _ortOutputBuffer = new float[_output.Length];
        _ortInput = OrtValue.CreateTensorValueFromMemory(_input, new long[] { Batch, _g.InChannels, _g.InputHeight, _g.InputWidth });
        _ortOutput = OrtValue.CreateTensorValueFromMemory(_ortOutputBuffer, new long[] { Batch, _g.OutChannels, _g.OutputHeight, _g.OutputWidth });

        torch.set_num_threads(1);
        _torchInput = torch.tensor(_input, new long[] { Batch, _g.InChannels, _g.InputHeight, _g.InputWidth });
        _torchWeight = torch.tensor(_weight, new long[] { _g.OutChannels, _g.InChannels / _g.Groups, _g.KernelHeight, _g.KernelWidth });
        _torchBias = _bias is null ? null : torch.tensor(_bias, new long[] { _g.OutChannels });

        Check();
    }

    // Every implementation against the double-accumulating reference, before anything is timed.
    private void Check()
    {
        var expected = Conv2d.Forward(_g, _input, _weight, _bias);
        var scale = Math.Max(1e-6, expected.Max(Math.Abs));
        void Same(string name, float[] actual)
        {
            var worst = expected.Zip(actual, (e, a) => Math.Abs((double)e - a)).Max();
            if (worst > 1e-4 * scale) throw new InvalidOperationException($"{name} differs from the reference on {Shape} batch {Batch} by {worst} (scale {scale})");
        }

        Generated(); Same("generated", (float[])_output.Clone());
        Naive(); Same("naive", (float[])_output.Clone());
        OnnxRuntime(); Same("ONNX Runtime", _ortOutputBuffer);
        Same("TorchSharp", TorchOutput());
    }

    private float[] TorchOutput()
    {
        using var _ = torch.no_grad();
        using var y = TorchConv();
        return y.data<float>().ToArray();
    }

    private Tensor TorchConv() => torch.nn.functional.conv2d(_torchInput, _torchWeight, _torchBias,
        strides: new long[] { _g.StrideHeight, _g.StrideWidth }, padding: new long[] { _g.PaddingHeight, _g.PaddingWidth },
        dilation: new long[] { _g.DilationHeight, _g.DilationWidth }, groups: _g.Groups);

    [Benchmark(Baseline = true)]
    public void Generated() => _generated(_input, _output);

    [Benchmark]
    public void Reference() => Conv2d.Forward(_g, _input, _weight, _bias, _output);

    [Benchmark]
    public void Naive() => Benchmarks.Naive.Forward(_g, _input, _weight, _bias, _output, Batch);

    [Benchmark]
    public void TorchSharp()
    {
        using var _ = torch.no_grad();
        TorchConv().Dispose();
    }

    [Benchmark]
    public void OnnxRuntime() =>
        _session.Run(_runOptions, new[] { "X" }, new[] { _ortInput }, new[] { "Y" }, new[] { _ortOutput });

    [GlobalCleanup]
    public void Cleanup()
    {
        _ortInput.Dispose();
        _ortOutput.Dispose();
        _runOptions.Dispose();
        _session.Dispose();
        _torchInput.Dispose();
        _torchWeight.Dispose();
        _torchBias?.Dispose();
    }
}

/// <summary>The seed's composite against its two layers run in sequence, both generated.</summary>
public class CompositeBenchmarks
{
    private SeedFirst _first = null!;
    private SeedSecond _second = null!;
    private SeedComposite _composite = null!;
    private float[] _input = null!, _intermediate = null!, _output = null!;

    [Params(1, 8)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        float[] Values(int n) => random.Floats(n);
        _first = new SeedFirst(Values(SeedFirst.WeightLength));
        _second = new SeedSecond(Values(SeedSecond.WeightLength));
        _composite = SeedComposite.Compose(_first, _second);
        _input = Values(Batch * SeedFirst.InputLength);
        _intermediate = new float[Batch * SeedFirst.OutputLength];
        _output = new float[Batch * SeedSecond.OutputLength];
        Sequence();
        var sequence = (float[])_output.Clone();
        Composite();
        var worst = sequence.Zip(_output, (a, b) => Math.Abs(a - b)).Max();
        if (worst > 1e-4 * sequence.Max(Math.Abs)) throw new InvalidOperationException($"composite differs from the sequence by {worst}");
    }

    [Benchmark(Baseline = true)]
    public void Sequence()
    {
        _first.Forward(_input, _intermediate);
        _second.Forward(_intermediate, _output);
    }

    [Benchmark]
    public void Composite() => _composite.Forward(_input, _output);
}

/// <summary>One core's FP32 FMA peak on this machine: independent Vector256 FMA chains, nothing else.</summary>
public class PeakBenchmarks
{
    public const int Iterations = 1_000_000;
    public const int Chains = 12;
    public const long FlopsPerInvoke = 2L * 8 * Chains * Iterations;

    [Benchmark]
    public float FmaPeak()
    {
        if (!System.Runtime.Intrinsics.X86.Fma.IsSupported) throw new PlatformNotSupportedException("no FMA");
        var a = System.Runtime.Intrinsics.Vector256.Create(1.0000001f);
        var b = System.Runtime.Intrinsics.Vector256.Create(0.9999999f);
        System.Runtime.Intrinsics.Vector256<float> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default,
            c6 = default, c7 = default, c8 = default, c9 = default, c10 = default, c11 = default;
        for (var i = 0; i < Iterations; i++)
        {
            c0 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c0); c1 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c1);
            c2 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c2); c3 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c3);
            c4 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c4); c5 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c5);
            c6 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c6); c7 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c7);
            c8 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c8); c9 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c9);
            c10 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c10); c11 = System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c11);
        }

        var sum = c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11;
        return System.Runtime.Intrinsics.Vector256.Sum(sum);
    }

    public const long FlopsPerInvoke512 = 2L * 16 * Chains * Iterations;

    // The same with 16-lane AVX-512 multiply-adds: on cores that split a 512-bit operation in two 256-bit halves (Zen 4)
    // it measures what FmaPeak does; on cores with whole 512-bit FMA units (Zen 5) twice that. Written out as FmaPeak is:
    // one loop generic over the vector type (a struct with static abstract members) measured at a third of the speed.
    [Benchmark]
    public float FmaPeak512()
    {
        if (!System.Runtime.Intrinsics.X86.Avx512F.IsSupported) throw new PlatformNotSupportedException("no AVX-512");
        var a = System.Runtime.Intrinsics.Vector512.Create(1.0000001f);
        var b = System.Runtime.Intrinsics.Vector512.Create(0.9999999f);
        System.Runtime.Intrinsics.Vector512<float> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default,
            c6 = default, c7 = default, c8 = default, c9 = default, c10 = default, c11 = default;
        for (var i = 0; i < Iterations; i++)
        {
            c0 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c0); c1 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c1);
            c2 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c2); c3 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c3);
            c4 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c4); c5 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c5);
            c6 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c6); c7 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c7);
            c8 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c8); c9 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c9);
            c10 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c10); c11 = System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c11);
        }

        var sum = c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11;
        return System.Runtime.Intrinsics.Vector512.Sum(sum);
    }
}
