using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Conv.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Conv.Generators.Analyzers;

/// <summary>
/// CONV006: an OIHW weight reaching an NCHW slot (its out-channel axis read as the batch axis), or back.
/// Layouts come from <c>[Layout]</c> on fields, properties, parameters and returns, and follow values through
/// locals, assignments, <c>AsSpan</c> / <c>Slice</c> / <c>ToArray</c>, conversions and ternaries. Flow it
/// cannot follow has no layout, so it reports nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayoutFlowAnalyzer : DiagnosticAnalyzer
{
    private const int Nchw = 0;
    private const int Oihw = 1;
    private static readonly ImmutableHashSet<string> LayoutPreserving = ImmutableHashSet.Create("AsSpan", "AsMemory", "Slice", "ToArray");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.WeightAsActivation, DiagnosticDescriptors.ActivationAsWeight);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var layoutAttribute = start.Compilation.GetTypeByMetadataName("Conv.LayoutAttribute");
            if (layoutAttribute is null) return;
            // Per method (operation block): the writes to its locals are indexed once, on the first check that needs
            // them, so following a local costs a lookup instead of a walk over the whole method.
            start.RegisterOperationBlockStartAction(block =>
            {
                var flow = new Flow(layoutAttribute, block.OperationBlocks);
                block.RegisterOperationAction(c => flow.Argument(c), OperationKind.Argument);
                block.RegisterOperationAction(c => flow.Assignment(c), OperationKind.SimpleAssignment);
                block.RegisterOperationAction(c => flow.Return(c), OperationKind.Return);
            });
        });
    }

    private sealed class Flow
    {
        private readonly INamedTypeSymbol _layoutAttribute;
        private readonly System.Lazy<LocalWrites> _writes;

        public Flow(INamedTypeSymbol layoutAttribute, ImmutableArray<IOperation> blocks)
        {
            _layoutAttribute = layoutAttribute;
            _writes = new System.Lazy<LocalWrites>(() => new LocalWrites(blocks), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public void Argument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is null) return;
            var method = argument.Parameter.ContainingSymbol;
            Check(context, Declared(argument.Parameter.GetAttributes()), argument.Value,
                $"parameter '{argument.Parameter.Name}' of {method.ContainingType?.Name}.{method.Name}");
        }

        public void Assignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var target = assignment.Target switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => (ISymbol)property.Property,
                _ => null,
            };
            if (target is null) return;
            Check(context, Declared(target.GetAttributes()), assignment.Value, $"{target.ContainingType?.Name}.{target.Name}");
        }

        public void Return(OperationAnalysisContext context)
        {
            var returned = (IReturnOperation)context.Operation;
            if (returned.ReturnedValue is null || context.ContainingSymbol is not IMethodSymbol method) return;
            Check(context, Declared(method.GetReturnTypeAttributes()), returned.ReturnedValue, $"the return value of {method.ContainingType?.Name}.{method.Name}");
        }

        private void Check(OperationAnalysisContext context, int? expected, IOperation value, string slot)
        {
            if (expected is null) return;
            var actual = Infer(value, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));
            if (actual is null || actual == expected) return;
            var descriptor = actual == Oihw ? DiagnosticDescriptors.WeightAsActivation : DiagnosticDescriptors.ActivationAsWeight;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, value.Syntax.GetLocation(), value.Syntax.ToString(), slot));
        }

        private int? Declared(ImmutableArray<AttributeData> attributes)
        {
            foreach (var attribute in attributes)
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _layoutAttribute)
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int layout)
                    return layout;
            return null;
        }

        private int? Infer(IOperation? operation, HashSet<ILocalSymbol> visiting)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Infer(conversion.Operand, visiting);
                case IParenthesizedOperation parenthesized:
                    return Infer(parenthesized.Operand, visiting);
                case IParameterReferenceOperation parameter:
                    return Declared(parameter.Parameter.GetAttributes());
                case IFieldReferenceOperation field:
                    return Declared(field.Field.GetAttributes());
                case IPropertyReferenceOperation property:
                    return Declared(property.Property.GetAttributes());
                case IConditionalOperation conditional:
                    var whenTrue = Infer(conditional.WhenTrue, visiting);
                    return whenTrue == Infer(conditional.WhenFalse, visiting) ? whenTrue : null;
                case IInvocationOperation invocation:
                    var declared = Declared(invocation.TargetMethod.GetReturnTypeAttributes());
                    if (declared is not null) return declared;
                    if (!LayoutPreserving.Contains(invocation.TargetMethod.Name)) return null;
                    return Infer(invocation.Instance ?? invocation.Arguments.FirstOrDefault()?.Value, visiting);
                case ILocalReferenceOperation local:
                    return InferLocal(local, visiting);
                default:
                    return null;
            }
        }

        // A local has the layout of every value written to it, when they all agree; a ref or out use loses it.
        private int? InferLocal(ILocalReferenceOperation reference, HashSet<ILocalSymbol> visiting)
        {
            var local = reference.Local;
            var writes = _writes.Value;
            if (writes.Escaped.Contains(local) || !writes.Values.TryGetValue(local, out var written) || !visiting.Add(local)) return null;
            int? layout = null;
            foreach (var value in written)
            {
                var inferred = Infer(value, visiting);
                if (inferred is null || (layout is not null && inferred != layout))
                {
                    layout = null;
                    break;
                }

                layout = inferred;
            }

            visiting.Remove(local);
            return layout;
        }
    }

    /// <summary>Every value a method writes to each of its locals (initializers and assignments), and the locals passed by ref or out.</summary>
    private sealed class LocalWrites
    {
        public LocalWrites(ImmutableArray<IOperation> blocks)
        {
            foreach (var operation in blocks.SelectMany(b => b.DescendantsAndSelf()))
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer()?.Value is { } initial:
                        Add(declarator.Symbol, initial);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                        Add(target.Local, assignment.Value);
                        break;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation passed }:
                        Escaped.Add(passed.Local);
                        break;
                }
            }
        }

        public Dictionary<ILocalSymbol, List<IOperation>> Values { get; } = new(SymbolEqualityComparer.Default);

        public HashSet<ILocalSymbol> Escaped { get; } = new(SymbolEqualityComparer.Default);

        private void Add(ILocalSymbol local, IOperation value)
        {
            if (!Values.TryGetValue(local, out var list)) Values[local] = list = new List<IOperation>();
            list.Add(value);
        }
    }
}
