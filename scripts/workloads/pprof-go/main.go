// Writes a CPU profile and a heap profile of a small fan-out workload with Go's runtime/pprof:
// go run main.go CPU_OUT HEAP_OUT. See scripts/record-pprof-go.sh.
package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

var sink [][]byte

func render(post int, session int) []byte {
	line := []byte(fmt.Sprintf("post %d for session %d", post, session))
	sum := sha256.Sum256(line)
	for i := 0; i < 200; i++ {
		sum = sha256.Sum256(sum[:])
	}
	return append(line, sum[:]...)
}

func session(id int, inbox <-chan int, done *sync.WaitGroup) {
	defer done.Done()
	for post := range inbox {
		sink = append(sink[:0], render(post, id))
	}
}

func main() {
	cpu, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	runtime.MemProfileRate = 4096
	if err := pprof.StartCPUProfile(cpu); err != nil {
		panic(err)
	}
	var done sync.WaitGroup
	inboxes := make([]chan int, 6)
	for i := range inboxes {
		inboxes[i] = make(chan int, 64)
		done.Add(1)
		go session(i, inboxes[i], &done)
	}
	deadline := time.Now().Add(1500 * time.Millisecond)
	for post := 0; time.Now().Before(deadline); post++ {
		for _, inbox := range inboxes {
			inbox <- post
		}
	}
	for _, inbox := range inboxes {
		close(inbox)
	}
	done.Wait()
	pprof.StopCPUProfile()
	cpu.Close()
	heap, err := os.Create(os.Args[2])
	if err != nil {
		panic(err)
	}
	if err := pprof.Lookup("allocs").WriteTo(heap, 0); err != nil {
		panic(err)
	}
	heap.Close()
}
