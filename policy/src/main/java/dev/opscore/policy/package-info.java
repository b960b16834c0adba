package dev.opscore.policy;
