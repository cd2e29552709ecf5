namespace Conv.Generators.Emission;

/// <summary>
/// How a kernel computes: scalar floats, or vectors of <see cref="Lanes"/> floats. Each kernel of a layer is written
/// once per kind; Forward picks one at run time from what the processor accelerates.
/// </summary>
internal sealed class Simd
{
    private const string Intrinsics = "global::System.Runtime.Intrinsics.";

    private Simd(string kernelName, int lanes, string? vector, int statementBudget, int registers = 16)
    {
        KernelName = kernelName;
        Lanes = lanes;
        Vector = vector;
        StatementBudget = statementBudget;
        Registers = registers;
    }

    /// <summary>
    /// Plain floats: the fallback where nothing is accelerated (and for netstandard2.0 consumers where Vector&lt;float&gt;
    /// is not, or where no kernel of its width fits the layer). No statement budget: plain loops over channels and the
    /// window, which read like the definition.
    /// </summary>
    public static readonly Simd Scalar = new("ForwardScalar", 1, null, 0);

    /// <summary>
    /// Vector128: SSE on any x64 (NativeAOT's default), multiplying then adding; AdvSimd on ARM64, with fused
    /// multiply-adds.
    /// </summary>
    public static readonly Simd Vector128 = new("ForwardVector128", 4, Intrinsics + "Vector128", 160);

    /// <summary>Vector256 with fused multiply-adds: x64 with AVX2 and FMA.</summary>
    public static readonly Simd Vector256 = new("ForwardVector", 8, Intrinsics + "Vector256", 720);

    /// <summary>
    /// The same Vector256 code on a processor with AVX-512, where the JIT has 32 vector registers instead of 16: a
    /// larger register block. Same instructions in the same order per output, so the same results to the bit. Its
    /// blocks of 16-28 accumulators lose nothing measurable to a loop over kernel columns, hence the smaller budget.
    /// </summary>
    public static readonly Simd Avx512 = new("ForwardAvx512", 8, Intrinsics + "Vector256", 150, registers: 32);

    /// <summary>
    /// Vector512 with fused multiply-adds (AVX-512F), 32 registers: where rows or runs fill 16-lane vectors as well as
    /// 8-lane ones, each weight broadcast and loop step serves twice the multiply-adds. Same instructions per output as
    /// the Vector256 kernels in the same order, so the same results to the bit.
    /// </summary>
    public static readonly Simd Vector512 = new("ForwardVector512", 16, Intrinsics + "Vector512", 150, registers: 32);

    /// <summary>
    /// System.Numerics.Vector&lt;float&gt; of 8 lanes, multiply then add: what a netstandard2.0 library can use, run when
    /// the runtime that loads it has 256-bit vectors (.NET on x64 with AVX2).
    /// </summary>
    public static readonly Simd Numerics = new("ForwardNumerics", 8, "global::System.Numerics.Vector", 720);

    /// <summary>
    /// System.Numerics.Vector&lt;float&gt; of 4 lanes, multiply then add: the same library on a runtime whose vectors are
    /// 128 bits (ARM64, x64 without AVX2). The Vector128 kernel's blocks and budget, spelled in System.Numerics.
    /// </summary>
    public static readonly Simd Numerics128 = new("ForwardNumerics128", 4, "global::System.Numerics.Vector", 160);

    /// <summary>
    /// System.Numerics.Vector&lt;float&gt; of 16 lanes, multiply then add: the same library where the application widened
    /// Vector&lt;T&gt; to 512 bits (DOTNET_MaxVectorTBitWidth=512 on a processor with AVX-512), 32 registers, the Vector512
    /// kernel's budget. There is no narrower vector beside it: rows of 8 to 15 columns, and the depthwise rows of 4 to 7 of
    /// KernelPlan.Overhang, take one overhanging vector each (KernelPlan.WideOverhang).
    /// </summary>
    public static readonly Simd Numerics512 = new("ForwardNumerics512", 16, "global::System.Numerics.Vector", 150, registers: 32);

    public string KernelName { get; }

    /// <summary>Vector registers the JIT allocates from when this kernel runs.</summary>
    public int Registers { get; }

    /// <summary>Multiply-adds are fused (and so rounded once).</summary>
    public bool Fma => this == Vector256 || this == Avx512 || this == Vector512;
    public int Lanes { get; }
    public bool IsVector => Vector is not null;

    /// <summary>System.Numerics.Vector&lt;float&gt;, whose lane count the runtime fixes (Forward checks it), not System.Runtime.Intrinsics.</summary>
    public bool IsNumerics => this == Numerics || this == Numerics128 || this == Numerics512;

    /// <summary>The vector class (<c>Vector256</c>, ...) fully qualified; null for scalars.</summary>
    public string? Vector { get; }

    /// <summary>
    /// Statements a body writes out before loops take over: a loop turn over a kernel row (or a tap) still does the
    /// register-blocked multiply-adds of a whole block, so its overhead is small, while writing everything out would
    /// make a 31x31 kernel megabytes of code. The fallbacks get smaller budgets. Together they bound every generated
    /// file (GeneratedSizeTests, and the declaration fuzz test).
    /// </summary>
    public int StatementBudget { get; }

    public string Type => IsVector ? Vector + "<float>" : "float";

    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    /// <summary>The condition under which Forward runs this kernel; null for the scalar fallback.</summary>
    public string? Condition => this == Vector512 ? $"{Vector}.IsHardwareAccelerated && {Intrinsics}X86.Avx512F.IsSupported"
        : this == Avx512 ? $"{Vector}.IsHardwareAccelerated && {Intrinsics}X86.Fma.IsSupported && {Intrinsics}X86.Avx512F.VL.IsSupported"
        : this == Vector256 ? $"{Vector}.IsHardwareAccelerated && {Intrinsics}X86.Fma.IsSupported" // AVX2 comes with FMA
        : IsNumerics ? $"{Vector}.IsHardwareAccelerated && {Type}.Count == {Lanes}"
        : IsVector ? $"{Vector}.IsHardwareAccelerated" : null;

    public string Broadcast(string value) => !IsVector ? value : IsNumerics ? $"new {Type}({value})" : $"{Vector}.Create({value})";

    /// <summary>A vector load at element <paramref name="index"/> (an int expression or a literal) from <paramref name="at"/>.</summary>
    public string Load(string at, string index)
    {
        if (IsNumerics) return $"{Unsafe}.ReadUnaligned<{Type}>(ref {Unsafe}.As<float, byte>(ref {(index == "0" ? at : $"{Unsafe}.Add(ref {at}, {index})")}))";
        var literal = int.TryParse(index, out _);
        return $"{Vector}.LoadUnsafe(ref {at}, {(literal ? index : index.Contains(" ") ? $"(nuint)({index})" : $"(nuint){index}")})";
    }

    public string Store(string value, string target) =>
        !IsVector ? $"{target} = {value};"
        : IsNumerics ? $"{Unsafe}.WriteUnaligned(ref {Unsafe}.As<float, byte>(ref {target}), {value});"
        : $"{Vector}.StoreUnsafe({value}, ref {target}, 0);";

    /// <summary>
    /// <paramref name="value"/> through the activation, as an expression of this kernel's type. LeakyRelu with a slope
    /// of at most 1 is <c>max(x, x * slope)</c> (above 1, <c>min</c>): one multiply and one compare-free instruction.
    /// </summary>
    public string Activate(string value, Model.ActivationModel activation)
    {
        string Max(string a, string b) => !IsVector ? $"global::System.Math.Max({a}, {b})" : $"{Vector}.Max({a}, {b})";
        string Min(string a, string b) => !IsVector ? $"global::System.Math.Min({a}, {b})" : $"{Vector}.Min({a}, {b})";
        var zero = IsVector ? Type + ".Zero" : "0f";
        var slope = Names.Float(activation.NegativeSlope);
        return activation.Kind switch
        {
            Activation.Relu => Max(value, zero),
            Activation.Relu6 => Min(Max(value, zero), Broadcast("6f")),
            Activation.LeakyRelu when activation.NegativeSlope <= 1f => Max(value, $"{value} * {slope}"),
            Activation.LeakyRelu => Min(value, $"{value} * {slope}"),
            _ => value,
        };
    }

    // Vector128 calls the file's MultiplyAdd (ForwardEmitter.WriteMultiplyAdd): fused on ARM64. Without FMA the
    // operators: a multiply then an add, each rounded (the JIT does not fuse them).
    public string MultiplyAdd(string weight, string input, string acc) =>
        this == Vector512 ? $"{acc} = {Intrinsics}X86.Avx512F.FusedMultiplyAdd({weight}, {input}, {acc});"
        : Fma ? $"{acc} = {Intrinsics}X86.Fma.MultiplyAdd({weight}, {input}, {acc});"
        : this == Vector128 ? $"{acc} = MultiplyAdd({weight}, {input}, {acc});"
        : $"{acc} += {weight} * {input};";
}
