package main

import (
	"errors"

	cb "github.com/hyperledger/fabric-protos-go/common"
)

func CheckUpdate(cfg *cb.Config, channel string, u *Update) (string, error) {
	return "", errors.New("not yet")
}
