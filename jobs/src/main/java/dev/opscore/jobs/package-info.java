package dev.opscore.jobs;
