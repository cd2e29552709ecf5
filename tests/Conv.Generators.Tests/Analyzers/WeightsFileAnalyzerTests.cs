extern alias generator;

using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Verifier = Conv.Generators.Tests.Analyzers.AnalyzerVerifier<generator::Conv.Generators.Analyzers.WeightsFileAnalyzer>;

namespace Conv.Generators.Tests.Analyzers;

/// <summary>
/// CONV011 against the header of PyTorch's trained state_dict (tests/fixtures/weights/model.safetensors), as the
/// package's build targets extract it into obj/ (the wrapper the targets write around the header's own JSON).
/// </summary>
public class WeightsFileAnalyzerTests
{
    private static string Header()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Conv.Tests.Fixtures.RepositoryRoot, "tests", "fixtures", "weights", "model.safetensors"));
        var length = (int)BitConverter.ToUInt64(bytes, 0);
        var json = Encoding.UTF8.GetString(bytes, 8, length);
        return $"{{\"source\":\"model.safetensors\",\"file\":{{\"dataLength\":{bytes.Length - 8 - length},\"header\":{json}}}}}";
    }

    private static (string, string)[] Files => new[] { ("/obj/ConvWeights/0.model.safetensors.convweights.json", Header()) };

    [Fact]
    public Task The_trained_network_declared_right_has_no_diagnostic() => Verifier.Verify("""
        using Conv;
        [Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12, Name = "0")] public partial class C0;
        [BatchNorm2d(8, InputHeight = 10, InputWidth = 12, Name = "1", Activation = Activation.Relu)] public partial class B1;
        [Conv2d(8, 4, 3, Padding = 1, Bias = false, InputHeight = 10, InputWidth = 12, Name = "3")] public partial class C3;
        [BatchNorm2d(4, InputHeight = 10, InputWidth = 12, Name = "4")] public partial class B4;
        [Conv2d(4, 2, 1, InputHeight = 10, InputWidth = 12, Name = "6")] public partial class C6;
        [Conv2d(4, 2, 5, InputHeight = 10, InputWidth = 12)] public partial class Unnamed;
        """, Files);

    [Fact]
    public Task A_missing_tensor_a_wrong_shape_a_swapped_axis_and_a_bias_mismatch() => Verifier.Verify("""
        using Conv;
        [Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12, {|#0:Name = "features.0"|})] public partial class Missing;
        [Conv2d(3, 8, 5, Padding = 2, InputHeight = 10, InputWidth = 12, {|#1:Name = "0"|})] public partial class Wide;
        [Conv2d(8, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 12, {|#2:Name = "0"|})] public partial class Swapped;
        [Conv2d(8, 4, 3, Padding = 1, InputHeight = 10, InputWidth = 12, {|#3:Name = "3"|})] public partial class NeedsBias;
        [Conv2d(4, 2, 1, Bias = false, InputHeight = 10, InputWidth = 12, {|#4:Name = "6"|})] public partial class NoBias;
        [BatchNorm2d(6, InputHeight = 10, InputWidth = 12, {|#5:Name = "4"|})] public partial class WrongChannels;
        """, Files,
        Verifier.Diagnostic("CONV011").WithLocation(0).WithMessage(
            "Missing needs tensor \"features.0.weight\" with shape [8, 3, 3, 3], but model.safetensors has no tensor of that name (and none under \"features.0.\")"),
        Verifier.Diagnostic("CONV011").WithLocation(0).WithMessage(
            "Missing needs tensor \"features.0.bias\" with shape [8], but model.safetensors has no tensor of that name (and none under \"features.0.\")"),
        Verifier.Diagnostic("CONV011").WithLocation(1).WithMessage("Wide needs tensor \"0.weight\" with shape [8, 3, 5, 5], but model.safetensors has shape [8, 3, 3, 3]"),
        Verifier.Diagnostic("CONV011").WithLocation(2).WithMessage(
            "Swapped needs tensor \"0.weight\" with shape [3, 8, 3, 3], but model.safetensors has shape [8, 3, 3, 3]: its first two axes look swapped (IOHW, as a ConvTranspose2d's weight, where OIHW is expected)"),
        Verifier.Diagnostic("CONV011").WithLocation(2).WithMessage("Swapped needs tensor \"0.bias\" with shape [3], but model.safetensors has shape [8]"),
        Verifier.Diagnostic("CONV011").WithLocation(3).WithMessage(
            "NeedsBias needs tensor \"3.bias\" with shape [4], but model.safetensors has no tensor of that name (it has 3.weight)"),
        Verifier.Diagnostic("CONV011").WithLocation(4).WithMessage("NoBias has no bias, but model.safetensors has \"6.bias\", which loading would refuse: set Bias = true on NoBias"),
        Verifier.Diagnostic("CONV011").WithLocation(5).WithMessage("WrongChannels needs tensor \"4.weight\" with shape [6], but model.safetensors has shape [4]"),
        Verifier.Diagnostic("CONV011").WithLocation(5).WithMessage("WrongChannels needs tensor \"4.bias\" with shape [6], but model.safetensors has shape [4]"),
        Verifier.Diagnostic("CONV011").WithLocation(5).WithMessage("WrongChannels needs tensor \"4.running_mean\" with shape [6], but model.safetensors has shape [4]"),
        Verifier.Diagnostic("CONV011").WithLocation(5).WithMessage("WrongChannels needs tensor \"4.running_var\" with shape [6], but model.safetensors has shape [4]"));

    [Fact]
    public Task An_unreadable_file_says_why_on_each_named_layer() => Verifier.Verify("""
        using Conv;
        [Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12, {|#0:Name = "0"|})] public partial class C0;
        [Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12)] public partial class Unnamed;
        """,
        new[] { ("/obj/ConvWeights/0.broken.safetensors.convweights.json", "{\"source\":\"broken.safetensors\",\"file\":{\"error\":\"its header length 9999 is beyond the file\"}}") },
        Verifier.Diagnostic("CONV011").WithLocation(0).WithMessage(
            "C0's tensors cannot be checked: broken.safetensors is not a valid safetensors file: its header length 9999 is beyond the file"));

    [Fact]
    public Task A_header_that_breaks_the_format_says_how() => Verifier.Verify("""
        using Conv;
        [Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12, {|#0:Name = "0"|})] public partial class C0;
        """,
        new[] { ("/obj/ConvWeights/0.m.safetensors.convweights.json",
            "{\"source\":\"m.safetensors\",\"file\":{\"dataLength\":8,\"header\":{\"0.weight\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}}}") },
        Verifier.Diagnostic("CONV011").WithLocation(0).WithMessage(
            "C0's tensors cannot be checked: m.safetensors is not a valid safetensors file: safetensors tensor \"0.weight\" has shape [3] of F32, 12 bytes, but data_offsets [0, 8] hold 8"));
}
