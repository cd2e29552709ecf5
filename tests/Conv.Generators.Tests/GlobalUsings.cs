// The generator compiles the runtime's math files in; the alias keeps its copies apart from Conv.Runtime's.
extern alias generator;

global using ConvGenerator = generator::Conv.Generators.ConvGenerator;
