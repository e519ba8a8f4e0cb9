"""krabsetw's kernel providers (``krabs::kernel::network_tcpip_provider`` → ``kernel.network_tcpip()``). On a
:class:`etwkit.FileTrace` they select the NT Kernel Logger's events of that group; on a
:class:`etwkit.KernelTrace` they also set the kernel enable flags."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Provider


def _k(name: str) -> "Provider":
    from . import Provider, _native

    return Provider(name, _native.Provider.kernel(name))


def process() -> "Provider":
    return _k("process")


def thread() -> "Provider":
    return _k("thread")


def image_load() -> "Provider":
    return _k("image_load")


def disk_io() -> "Provider":
    return _k("disk_io")


def file_io() -> "Provider":
    return _k("file_io")


def network_tcpip() -> "Provider":
    return _k("network_tcpip")


def network_udpip() -> "Provider":
    return _k("network_udpip")


def registry() -> "Provider":
    return _k("registry")


def page_fault() -> "Provider":
    return _k("page_fault")


def perf_info() -> "Provider":
    return _k("perf_info")


def stack_walk() -> "Provider":
    return _k("stack_walk")


def alpc() -> "Provider":
    return _k("alpc")


def system_config() -> "Provider":
    return _k("system_config")
