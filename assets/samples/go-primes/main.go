// Command primes prints the primes below a limit (100 by default, or the first argument), ten per
// line, then how many there are: a deterministic output to compare two builds of the same program.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// sieve returns the primes below limit, by the sieve of Eratosthenes.
func sieve(limit int) []int {
	composite := make([]bool, limit)
	var primes []int
	for n := 2; n < limit; n++ {
		if composite[n] {
			continue
		}
		primes = append(primes, n)
		for m := n * n; m < limit; m += n {
			composite[m] = true
		}
	}
	return primes
}

func main() {
	limit := 100
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil || n < 2 {
			fmt.Fprintf(os.Stderr, "primes: %q is not a whole number of at least 2\n", os.Args[1])
			os.Exit(2)
		}
		limit = n
	}
	primes := sieve(limit)
	for i := 0; i < len(primes); i += 10 {
		end := i + 10
		if end > len(primes) {
			end = len(primes)
		}
		words := make([]string, 0, 10)
		for _, p := range primes[i:end] {
			words = append(words, strconv.Itoa(p))
		}
		fmt.Println(strings.Join(words, " "))
	}
	fmt.Printf("%d primes below %d\n", len(primes), limit)
}
