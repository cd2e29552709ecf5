using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// The generated Forward picks its kernel at run time: Vector256 with FMA and the larger register block of AVX-512,
/// else Vector256 with FMA (AVX2), else Vector128, else scalar. This machine runs the first; the others are run here
/// in a child process with the JIT told to ignore AVX-512 (DOTNET_EnableAVX512=0), AVX2 (DOTNET_EnableAVX2=0) or
/// every hardware intrinsic (DOTNET_EnableHWIntrinsic=0), against the PyTorch fixtures.
/// </summary>
public class InstructionSetTests
{
    private const string ChildTests =
        "FullyQualifiedName~GeneratedFixtureTests|FullyQualifiedName~NarrowOutputTests|FullyQualifiedName~DepthwiseTests|FullyQualifiedName~LargeWindowTests|FullyQualifiedName~MisuseTests|FullyQualifiedName~KernelInUse|FullyQualifiedName~GeneratedReparamTests|FullyQualifiedName~ActivationTests|FullyQualifiedName~TrainedModelTests";

    [Theory]
    [InlineData("vector256", "DOTNET_EnableAVX512")]
    [InlineData("vector128", "DOTNET_EnableAVX2")]
    [InlineData("scalar", "DOTNET_EnableHWIntrinsic")]
    public void Fixtures_pass_on_the_other_kernels(string kernel, string variable)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "test", typeof(InstructionSetTests).Assembly.Location, "--filter", ChildTests }) start.ArgumentList.Add(argument);
        start.Environment[variable] = "0";
        start.Environment[KernelInUse.Variable] = kernel;
        foreach (var key in new[] { "VSTEST_HOST_DEBUG", "VSTEST_RUNNER_DEBUG" }) start.Environment.Remove(key);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(4)), "the child test run did not finish");
        var text = output.Result + errors.Result;
        Assert.True(process.ExitCode == 0, $"{variable}=0:\n{text}");
        Assert.Contains("Failed:     0", text);
        Assert.DoesNotContain("Total:     0", text);
    }
}

/// <summary>Which kernel the generated dispatch takes here, by the same conditions, checked against the processor's instruction sets.</summary>
public class KernelInUse
{
    public const string Variable = "CONV_EXPECT_KERNEL";

    [Fact]
    public void Is_the_one_the_instruction_sets_allow()
    {
        var dispatched = Vector256.IsHardwareAccelerated && Fma.IsSupported ? Avx512F.VL.IsSupported ? "avx512" : "vector256"
            : Vector128.IsHardwareAccelerated ? "vector128" : "scalar";
        var expected = Environment.GetEnvironmentVariable(Variable)
                       ?? (Avx2.IsSupported && Fma.IsSupported ? Avx512F.VL.IsSupported ? "avx512" : "vector256"
                           : Sse2.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported ? "vector128" : "scalar");
        Assert.Equal(expected, dispatched);
    }
}
