using System;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Conv.Tests;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// The generated Forward picks its kernel at run time: Vector512 where the layer has one (rows that fill 16 lanes), else
/// Vector256 with FMA and the larger register block of AVX-512, else Vector256 with FMA (AVX2), else Vector128, else
/// scalar. This machine runs the first; the others are run here in a child process with the JIT told to prefer 256-bit
/// vectors (DOTNET_PreferredVectorBitWidth=256), or to ignore AVX-512 (DOTNET_EnableAVX512=0), AVX2
/// (DOTNET_EnableAVX2=0) or every hardware intrinsic (DOTNET_EnableHWIntrinsic=0), against the PyTorch fixtures.
/// </summary>
public class InstructionSetTests
{
    internal const string ChildTests =
        "FullyQualifiedName~GeneratedFixtureTests|FullyQualifiedName~NarrowOutputTests|FullyQualifiedName~DotProductTests|FullyQualifiedName~ChunkedViewTests|FullyQualifiedName~InputChunkTests|FullyQualifiedName~ChannelVectorTests|FullyQualifiedName~DepthwiseTests|FullyQualifiedName~WideVectorTests|FullyQualifiedName~LargeWindowTests|FullyQualifiedName~MisuseTests|FullyQualifiedName~KernelInUse|FullyQualifiedName~GeneratedReparamTests|FullyQualifiedName~ActivationTests|FullyQualifiedName~TrainedModelTests|FullyQualifiedName~RunSpanTests|FullyQualifiedName~PhaseSplitTests|FullyQualifiedName~MultiplyAddRounding|FullyQualifiedName~NetStandardBuildTests";

    [Theory]
    [InlineData("avx512", "DOTNET_PreferredVectorBitWidth", "256")]
    [InlineData("vector256", "DOTNET_EnableAVX512", "0")]
    [InlineData("vector128", "DOTNET_EnableAVX2", "0")]
    [InlineData("scalar", "DOTNET_EnableHWIntrinsic", "0")]
    public void Fixtures_pass_on_the_other_kernels(string kernel, string variable, string value)
    {
        if (kernel == "avx512" && !Avx512F.VL.IsSupported) return; // nothing to tell apart from the Vector256 run below
        var (finished, exitCode, text) = ChildTestRun.Run(typeof(InstructionSetTests).Assembly.Location, ChildTests, TimeSpan.FromMinutes(4),
            (variable, value), (KernelInUse.Variable, kernel));
        Assert.True(finished, "the child test run did not finish");
        Assert.True(exitCode == 0, $"{variable}={value}:\n{text}");
        Assert.Contains("Failed:     0", text);
        Assert.DoesNotContain("Total:     0", text);
    }

    // A netstandard2.0 library's layers where the application widened Vector<T> to 512 bits: its 16-lane kernels.
    [Fact]
    public void NetStandard_layers_pass_with_16_lane_vectors()
    {
        if (!Vector512.IsHardwareAccelerated) return; // Vector<T> stays narrower without AVX-512
        var (finished, exitCode, text) = ChildTestRun.Run(typeof(InstructionSetTests).Assembly.Location, "FullyQualifiedName~NetStandardBuildTests",
            TimeSpan.FromMinutes(4), ("DOTNET_MaxVectorTBitWidth", "512"), (NetStandardBuildTests.LanesVariable, "16"));
        Assert.True(finished, "the child test run did not finish");
        Assert.True(exitCode == 0, $"DOTNET_MaxVectorTBitWidth=512:\n{text}");
        Assert.Contains("Failed:     0", text);
        Assert.DoesNotContain("Total:     0", text);
    }
}

/// <summary>Which kernel the generated dispatch takes here, by the same conditions, checked against the processor's instruction sets.</summary>
public class KernelInUse
{
    /// <summary>The kernel Forward runs here, by the generated dispatch's conditions.</summary>
    internal static string Dispatched() =>
        Vector512.IsHardwareAccelerated && Avx512F.IsSupported ? "vector512"
        : Vector256.IsHardwareAccelerated && Fma.IsSupported ? Avx512F.VL.IsSupported ? "avx512" : "vector256"
        : Vector128.IsHardwareAccelerated ? "vector128" : "scalar";

    public const string Variable = "CONV_EXPECT_KERNEL";

    [Fact]
    public void Is_the_one_the_instruction_sets_allow()
    {
        var dispatched = Dispatched();
        // Vector512 is accelerated where the runtime prefers 512-bit vectors on this processor (not where they slow it down).
        var expected = Environment.GetEnvironmentVariable(Variable)
                       ?? (Avx512F.IsSupported && Vector512.IsHardwareAccelerated ? "vector512"
                           : Avx2.IsSupported && Fma.IsSupported ? Avx512F.VL.IsSupported ? "avx512" : "vector256"
                           : Sse2.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported ? "vector128" : "scalar");
        Assert.Equal(expected, dispatched);
    }
}

/// <summary>
/// How the kernel in use rounds a multiply-add, on a value where rounding once and twice differ: bias -1 plus
/// (1 + 2^-12)^2 = 1 + 2^-11 + 2^-24 is 2^-11 + 2^-24 rounded once, 2^-11 when the product is rounded first (a tie, to
/// even). The Vector128 kernels fuse on ARM64 (AdvSimd) and not on x64 without FMA (SSE, AVX), nor do the scalar ones.
/// The FMA kernels of wider vectors are left out: some add the bias after the sums.
/// </summary>
public class MultiplyAddRounding
{
    [Fact]
    public void Vector128_kernels_round_once_on_ARM64_and_twice_on_x64()
    {
        if (Vector256.IsHardwareAccelerated) return; // a wider kernel runs here; the child runs check the others
        var factor = 1f + MathF.Pow(2, -12);
        var layer = new Shapes.OneTap(new[] { factor, factor, factor, factor }, new[] { -1f, -1f, -1f, -1f });
        var input = new float[Shapes.OneTap.InputLength];
        Array.Fill(input, factor);
        var once = MathF.Pow(2, -11) + MathF.Pow(2, -24);
        var fused = Vector128.IsHardwareAccelerated && System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported;
        Assert.All(layer.Forward(input), y => Assert.Equal(fused ? once : MathF.Pow(2, -11), y));
    }
}
