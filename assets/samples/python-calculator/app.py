"""A tiny command-line calculator: evaluates arithmetic given as arguments, or a built-in demo."""
import ast
import operator
import sys

OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
}


def evaluate(expression):
    """Evaluates +, -, *, /, //, %, ** and parentheses on numbers, and nothing else."""
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
            return OPERATORS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in OPERATORS:
            return OPERATORS[type(node.op)](walk(node.operand))
        raise ValueError("unsupported expression: " + ast.dump(node))
    return walk(ast.parse(expression, mode="eval"))


def main(argv):
    expressions = argv or ["2 + 3 * 4", "(2 + 3) * 4", "2 ** 10", "7 / 2"]
    status = 0
    for expression in expressions:
        try:
            print(f"{expression} = {evaluate(expression)}")
        except (ValueError, SyntaxError, ZeroDivisionError) as error:
            print(f"{expression}: {error}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
